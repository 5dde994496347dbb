using Microsoft.EntityFrameworkCore;
using Nsp.Infrastructure.Shared.Configuration;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.Odr.Jobs;

/// <summary>ODR's jobs on the built-in scheduler: a cron in operations.properties runs the same job as the HTTP start.</summary>
public sealed class OdrSchedulingTests(PostgresClassDatabase<OdrSchedulingTests> database) : IClassFixture<PostgresClassDatabase<OdrSchedulingTests>>
{
    [Fact]
    public async Task A_cron_in_operations_properties_runs_the_emigrated_cleanup_without_any_http_start_and_audits_it()
    {
        await using var host = await OdrJobsHost.StartAsync(database.Database, new() { ["odr.emigrated.cleanup.cron"] = "* * * * * ?" });
        var cpr = host.CprBornOn(new DateOnly(1975, 7, 7), 1);
        host.Persons.Add(cpr, "80", "2020-01-01");
        await host.AddRegistrationAsync(cpr, DateTime.UtcNow.AddYears(-6));

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        DateTime? closed;
        do
        {
            await Task.Delay(500);
            closed = await host.WithContextAsync(c => c.Registrations.AsNoTracking().Select(r => r.ValidTo).SingleAsync());
        }
        while (closed is null && DateTime.UtcNow < deadline);

        Assert.NotNull(closed);
        Assert.Contains(host.AuditLines(), l => l.Contains("\"invalidated-cpr\"", StringComparison.Ordinal) && l.Contains(cpr, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_invalid_cron_stops_start_up_naming_the_property()
    {
        var error = await Assert.ThrowsAnyAsync<InvalidPropertyException>(async () =>
        {
            await using var host = await OdrJobsHost.StartAsync(database.Database, new() { ["odr.notification.cron"] = "every night" });
        });

        Assert.Contains("odr.notification.cron", error.Message, StringComparison.Ordinal);
    }
}
