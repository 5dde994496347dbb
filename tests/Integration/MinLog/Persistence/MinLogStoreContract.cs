using Microsoft.EntityFrameworkCore;
using Nsp.Application.Shared.Persistence;
using Nsp.Domain.MinLog;
using Nsp.Infrastructure.MinLog.Persistence;
using Nsp.Infrastructure.Shared.Persistence;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.MinLog.Persistence;

/// <summary>MinLog's tables as the registration, citizen query and cleanup will use them, on each provider.</summary>
public abstract class MinLogStoreContract : IAsyncLifetime
{
    private static readonly DateTime Noon = new(2026, 11, 25, 12, 0, 0, 123, DateTimeKind.Utc);

    private ServiceDatabaseOptions _options = null!;

    public async Task InitializeAsync()
    {
        _options = await DatabaseAsync();
        await using var context = await ServiceContexts.MigratedAsync<MinLogDbContext>(_options);
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_citizens_entries_come_back_newest_first_within_the_period_with_their_organisation()
    {
        await using (var context = Context())
        {
            var organisation = OrganisationName.Create("Region Hovedstaden, Rigshospitalet");
            context.OrganisationNames.Add(organisation);
            await context.SaveChangesAsync();
            for (var hour = 0; hour < 4; hour++)
            {
                var entry = LogEntry.Create($"period-{hour}", "2511264321", "0000000000", null, "1301011", "BRS", "Opslag", null, Noon.AddHours(hour));
                entry.NameOrganisation(organisation);
                context.LogEntries.Add(entry);
            }

            context.LogEntries.Add(LogEntry.Create("period-other", "2511260000", null, null, null, null, null, null, Noon));
            await context.SaveChangesAsync();
        }

        await using (var context = Context())
        {
            var entries = await context.LogEntries
                .Where(e => e.CprNrBorger == "2511264321" && e.Tidspunkt >= Noon.AddHours(1) && e.Tidspunkt < Noon.AddHours(3))
                .OrderByDescending(e => e.Tidspunkt)
                .ToListAsync();

            Assert.Equal(["period-2", "period-1"], entries.Select(e => e.RegKode));
            Assert.Equal(Noon.AddHours(2), entries[0].Tidspunkt);
            Assert.Equal(DateTimeKind.Utc, entries[0].Tidspunkt.Kind);
            var name = await context.OrganisationNames.SingleAsync(o => o.Id == entries[0].OrganisationNameId);
            Assert.Equal("Region Hovedstaden, Rigshospitalet", name.Name);
        }
    }

    [Fact]
    public async Task A_repeated_regkode_is_refused_by_the_unique_constraint()
    {
        await using (var context = Context())
        {
            context.LogEntries.Add(LogEntry.Create("repeated", "2511264321", null, null, null, null, null, null, Noon));
            await context.SaveChangesAsync();
        }

        await using (var context = Context())
        {
            context.LogEntries.Add(LogEntry.Create("repeated", "2511264321", null, null, null, null, null, null, Noon.AddSeconds(1)));
            var error = await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
            Assert.True(UniqueViolation.Is(error));
        }
    }

    [Fact]
    public async Task An_organisation_name_is_found_by_its_digest()
    {
        await using (var context = Context())
        {
            context.OrganisationNames.AddRange(OrganisationName.Create("Lægehuset Nørregade"), OrganisationName.Create("Lægehuset Østergade"));
            await context.SaveChangesAsync();
        }

        await using (var context = Context())
        {
            var digest = OrganisationName.DigestOf("Lægehuset Østergade");
            var found = await context.OrganisationNames.Where(o => o.Digest == digest).ToListAsync();

            Assert.Equal("Lægehuset Østergade", Assert.Single(found).Name);
        }
    }

    [Fact]
    public async Task The_cleanup_status_row_keeps_the_cutoff_it_reached()
    {
        await using (var context = Context())
        {
            context.Statuses.Add(MinLogStatus.Create(MinLogStatus.CleanupRowId, Noon));
            await context.SaveChangesAsync();
            (await context.Statuses.SingleAsync()).Advance(Noon.AddDays(1));
            await context.SaveChangesAsync();
        }

        await using (var context = Context())
        {
            var status = await context.Statuses.SingleAsync(s => s.Id == MinLogStatus.CleanupRowId);
            Assert.Equal(Noon.AddDays(1), status.LastUpdated);
        }
    }

    protected abstract Task<ServiceDatabaseOptions> DatabaseAsync();

    private MinLogDbContext Context() => ServiceContexts.Create<MinLogDbContext>(_options);
}
