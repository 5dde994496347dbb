using Microsoft.Extensions.DependencyInjection;
using Nsp.Domain.Idsas.Blurrings;
using Nsp.Domain.Idsas.OrgBlurrings;
using Nsp.Infrastructure.Idsas.Persistence;
using Nsp.Tests.Integration.Idsas;
using Nsp.Tests.Integration.Shared.Hosting;
using Nsp.Tests.Integration.Shared.Sts;

namespace Nsp.Tests.Integration.Hostile;

/// <summary>The run's store check can fail: rows no accepted call explains are reported, rows an accepted call
/// explains are not.</summary>
public sealed class AcceptedEffectsTests
{
    [Fact]
    public async Task Rows_stored_without_an_accepted_call_are_reported_and_those_of_accepted_calls_are_not()
    {
        await using var host = await HostileIdsasHost.StartAsync();
        var bases = HostileBaseRequests.Create(host.Sts.ValidSystemCard(), IdsasSoapBodies.DaysAhead(30));
        var before = await IdsasStoreSnapshot.TakeAsync(host.Services);
        var accepted = new AcceptedEffects();
        foreach (var request in bases.Where(b => b.Operation is "CreateBlurring" or "CreateOrgBlurring"))
        {
            var (status, _) = await host.SendAsync(request);
            Assert.Equal(200, status);
            accepted.Add(new HostileCase(0, request, "POST", System.Text.Encoding.UTF8.GetBytes(request.Envelope), null, [], [], MustBeRefused: false));
        }

        Assert.Empty(accepted.Unexplained(before, await IdsasStoreSnapshot.TakeAsync(host.Services), TestSts.Cvr));

        using (var scope = host.Services.CreateScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<IdsasDbContext>();
            var now = DateTime.UtcNow;
            context.Blurrings.Add(Blurring.Create(IdsasTestProperties.DeadCpr, null, TestSts.Cvr, now.AddDays(1), now));
            context.OrgBlurrings.Add(OrgBlurring.Create("somewhere-else", OrgClassification.Shak, now));
            await context.SaveChangesAsync();
        }

        var problems = accepted.Unexplained(before, await IdsasStoreSnapshot.TakeAsync(host.Services), TestSts.Cvr);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains(IdsasTestProperties.DeadCpr, StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("somewhere-else", StringComparison.Ordinal));
    }
}
