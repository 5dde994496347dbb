using Microsoft.EntityFrameworkCore;
using Nsp.Application.Odr.Registrations.CreateOrganDonorRegistration;
using Nsp.Application.Odr.Registrations.UpdateOrganDonorRegistration;
using Nsp.Application.Shared.Errors;

namespace Nsp.Tests.Integration.Odr.Core;

/// <summary>At most one active registration per CPR under concurrent calls on PostgreSQL: the partial unique index
/// and the one-statement close decide, not a check-then-insert.</summary>
public sealed class RegistrationConcurrencyTests(OdrCoreDatabase<RegistrationConcurrencyTests> database)
    : IClassFixture<OdrCoreDatabase<RegistrationConcurrencyTests>>
{
    private const int Callers = 12;

    private static async Task<(T? Response, Exception? Error)[]> AllAtOnceAsync<T>(Func<Task<(T? Response, Exception? Error)>> call)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = Enumerable.Range(0, Callers).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            return await call();
        })).ToList();
        start.SetResult();
        return await Task.WhenAll(calls);
    }

    [Fact]
    public async Task Concurrent_creates_for_one_cpr_leave_one_active_row_and_refuse_the_rest()
    {
        await using var host = OdrCoreTestHost.Start(database.Options);
        foreach (var cpr in new[] { "1101701111", "1201701111", "1301701111" })
        {
            host.Persons.Add(cpr);
            var answers = await AllAtOnceAsync(async () =>
            {
                var (response, error, _) = await host.SendAsync(
                    new CreateOrganDonorRegistrationCommand(cpr, "CPR", "FULL", null, null), OdrCoreTestHost.HealthProfessional());
                return (response, error);
            });

            Assert.Single(answers, a => a.Error is null);
            Assert.All(answers.Where(a => a.Error is not null), a => Assert.IsType<RequestValidationException>(a.Error));
            Assert.Equal(1, await host.WithContextAsync(c => c.Registrations.CountAsync(r => r.Cpr == cpr)));
        }
    }

    [Fact]
    public async Task Concurrent_updates_never_leave_two_active_rows()
    {
        const string Cpr = "1401701111";
        await using var host = OdrCoreTestHost.Start(database.Options);
        host.Persons.Add(Cpr);
        await host.SendOkAsync(new CreateOrganDonorRegistrationCommand(Cpr, "CPR", "NONE", null, null), OdrCoreTestHost.HealthProfessional());

        var answers = await AllAtOnceAsync(async () =>
        {
            var (response, error, _) = await host.SendAsync(
                new UpdateOrganDonorRegistrationCommand(Cpr, "CPR", "FULL", null, null), OdrCoreTestHost.HealthProfessional());
            return (response, error);
        });

        var succeeded = answers.Count(a => a.Error is null);
        Assert.InRange(succeeded, 1, Callers);
        Assert.All(answers.Where(a => a.Error is not null), a => Assert.IsType<RequestValidationException>(a.Error));
        Assert.Equal(1, await host.WithContextAsync(c => c.Registrations.CountAsync(r => r.Cpr == Cpr && r.ValidTo == null)));
        // Every successful update closed one row and added one.
        Assert.Equal(1 + succeeded, await host.WithContextAsync(c => c.Registrations.CountAsync(r => r.Cpr == Cpr)));
    }
}
