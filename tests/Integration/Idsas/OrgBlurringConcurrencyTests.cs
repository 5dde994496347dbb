using Microsoft.EntityFrameworkCore;
using Nsp.Application.Idsas.OrgBlurrings.CreateOrgBlurring;
using Nsp.Application.Idsas.OrgBlurrings.RemoveOrgBlurring;

namespace Nsp.Tests.Integration.Idsas;

/// <summary>CreateOrgBlurring under concurrency on PostgreSQL: the database's unique rule on active rows, not a
/// check-then-insert, keeps one active blurring per department.</summary>
public sealed class OrgBlurringConcurrencyTests(IdsasDatabase<OrgBlurringConcurrencyTests> database)
    : IClassFixture<IdsasDatabase<OrgBlurringConcurrencyTests>>
{
    private const string NoPersonInformation = "http://127.0.0.1:9/stamdata-personinformation";
    private const int Callers = 12;

    [Fact]
    public async Task Concurrent_CreateOrgBlurring_of_one_department_leaves_one_active_row_and_one_created_answer()
    {
        await using var host = IdsasTestHost.Start(database.Options, IdsasTestHost.Configuration(NoPersonInformation));
        await host.WhitelistAsync("44444444");
        var caller = IdsasTestHost.SystemCard(cvr: "44444444");

        foreach (var orgId in new[] { "4000001", "4000002", "4000003", "4000004", "4000005" })
        {
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var calls = Enumerable.Range(0, Callers).Select(_ => Task.Run(async () =>
            {
                await start.Task;
                return await host.SendAsync(new CreateOrgBlurringCommand(orgId, "SOR"), caller);
            })).ToList();
            start.SetResult();
            var answers = await Task.WhenAll(calls);

            Assert.All(answers, a => Assert.Null(a.Error));
            Assert.Single(answers, a => a.Response!.Created);
            await host.WithContextAsync(async c =>
                Assert.Equal(1, await c.OrgBlurrings.CountAsync(o => o.OrgId == orgId && o.RemovedAt == null)));
        }
    }

    [Fact]
    public async Task A_removed_department_can_be_blurred_again()
    {
        await using var host = IdsasTestHost.Start(database.Options, IdsasTestHost.Configuration(NoPersonInformation));
        await host.WhitelistAsync("45454545");
        var caller = IdsasTestHost.SystemCard(cvr: "45454545");

        var first = await host.SendOkAsync(new CreateOrgBlurringCommand("4500001", "SHAK"), caller);
        await host.SendOkAsync(new RemoveOrgBlurringCommand("4500001", "SHAK"), caller);
        var again = await host.SendOkAsync(new CreateOrgBlurringCommand("4500001", "SHAK"), caller);
        var repeated = await host.SendOkAsync(new CreateOrgBlurringCommand("4500001", "SHAK"), caller);

        Assert.Equal((true, true, false), (first.Created, again.Created, repeated.Created));
        await host.WithContextAsync(async c =>
        {
            Assert.Equal(2, await c.OrgBlurrings.CountAsync(o => o.OrgId == "4500001"));
            Assert.Equal(1, await c.OrgBlurrings.CountAsync(o => o.OrgId == "4500001" && o.RemovedAt == null));
        });
    }
}
