using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Odr.Notifications;
using Nsp.Application.Odr.Registrations.CreateOrganDonorRegistration;
using Nsp.Application.Odr.Registrations.DeleteOrganDonorRegistration;
using Nsp.Application.Odr.Registrations.GetOrganDonorRegistration;
using Nsp.Application.Odr.Registrations.UpdateOrganDonorRegistration;
using Nsp.Application.Shared.Errors;
using Nsp.Domain.Odr;
using Nsp.Domain.Odr.Notifications;
using Nsp.Domain.Odr.Registrations;
using Nsp.Domain.Shared.Persons;
using Nsp.Infrastructure.Odr.Persistence;
using Nsp.Tests.Integration.Shared;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.Odr.Core;

/// <summary>SQLite is the embedded default: the repositories' hand-written statements (insert unless active, the
/// multi-row pending insert, date parameters) must run there too.</summary>
public sealed class OdrOnSqliteTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private readonly SqliteDatabase _database = new("odr");

    public void Dispose() => _database.Dispose();

    private async Task<OdrCoreTestHost> StartAsync(TimeProvider time)
    {
        var options = _database.Options(OdrDbContext.DefaultSchema);
        await using (await ServiceContexts.MigratedAsync<OdrDbContext>(options))
        {
        }

        return OdrCoreTestHost.Start(options, time);
    }

    [Fact]
    public async Task History_refusals_and_reads_work_on_sqlite()
    {
        const string Cpr = "0101701111";
        var time = new ManualTimeProvider(Start);
        await using var host = await StartAsync(time);
        host.Persons.Add(Cpr);
        var professional = OdrCoreTestHost.HealthProfessional();

        await host.SendOkAsync(new CreateOrganDonorRegistrationCommand(Cpr, "CPR", "LIMITED", new OrganPermissions(Cornea: true), true), professional);
        var (_, createAgain, _) = await host.SendAsync(new CreateOrganDonorRegistrationCommand(Cpr, "CPR", "FULL", null, null), professional);
        time.Advance(TimeSpan.FromSeconds(1));
        await host.SendOkAsync(new UpdateOrganDonorRegistrationCommand(Cpr, "CPR", "FULL", null, false), professional);
        var read = await host.SendOkAsync(new GetOrganDonorRegistrationQuery(Cpr, "CPR"), professional);
        time.Advance(TimeSpan.FromSeconds(1));
        await host.SendOkAsync(new DeleteOrganDonorRegistrationCommand(Cpr, "CPR"), professional);

        Assert.IsType<RequestValidationException>(createAgain);
        Assert.Equal((PermissionType.Full, Start.AddSeconds(1).UtcDateTime), (read.Registration!.PermissionType, read.Registration.RegisteredAt));
        var rows = await host.WithContextAsync(c => c.Registrations.AsNoTracking().OrderBy(r => r.Id).ToListAsync());
        Assert.Equal([Start.AddSeconds(1).UtcDateTime, Start.AddSeconds(2).UtcDateTime], rows.Select(r => r.ValidTo!.Value));
        Assert.True(rows[0].PermissionForCornea);
    }

    [Fact]
    public async Task Notification_dates_and_letters_work_on_sqlite()
    {
        await using var host = await StartAsync(TimeProvider.System);
        var day = new DateOnly(2026, 11, 30);
        var cprs = Enumerable.Range(0, 600).Select(i => Cpr.Parse($"3011080{i:000}")).ToArray();
        (bool Locked, bool Again, int Added, int AddedAgain, int Pending) outcome = default;
        DateOnly? newest = null;

        await host.WithScopeAsync(async sp =>
        {
            var notifications = sp.GetRequiredService<INotificationRepository>();
            outcome = (
                await notifications.LockDateAsync(day, default),
                await notifications.LockDateAsync(day, default),
                await notifications.AddPendingAsync(day, cprs, default),
                await notifications.AddPendingAsync(day, cprs[..10], default),
                (await notifications.FindPendingAsync(day, 1000, default)).Count);
        });
        await host.WithContextAsync(async c =>
        {
            foreach (var letter in await c.NotificationPersons.Where(p => p.Date == day).ToListAsync())
            {
                letter.StartSending(decided: false, Guid.NewGuid().ToString());
                letter.MarkSent(Start.UtcDateTime);
            }

            return 0;
        });
        await host.WithScopeAsync(async sp =>
        {
            var notifications = sp.GetRequiredService<INotificationRepository>();
            Assert.True(await notifications.CompleteDateAsync(day, default));
            newest = await notifications.NewestCompletedDateAsync(default);
            Assert.Equal(600, (await notifications.CountByStatusAsync(default))[NotificationPersonStatus.Completed]);
        });

        Assert.Equal((true, false, 600, 0, 600), outcome);
        Assert.Equal(day, newest);
    }
}
