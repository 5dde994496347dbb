using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Nsp.Domain.Idsas.OrgBlurrings;
using Nsp.Infrastructure.Idsas.Persistence;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.Idsas;

/// <summary>Migration 20261207100000 on a database that already holds duplicate active department blurrings (what
/// the old check-then-insert could leave): the oldest stays active, the others are marked removed, and the unique
/// rule is then in place.</summary>
public sealed class OrgBlurringActiveMigrationTests
{
    [Fact]
    public async Task Duplicate_active_department_blurrings_are_resolved_before_the_unique_rule_is_added()
    {
        await using var database = await PostgresServer.Instance.CreateDatabaseAsync(nameof(OrgBlurringActiveMigrationTests));
        var options = database.Options(IdsasDbContext.DefaultSchema);
        await using (var old = ServiceContexts.Create<IdsasDbContext>(options))
        {
            await old.Database.ExecuteSqlRawAsync("CREATE SCHEMA IF NOT EXISTS idsas");
            await old.GetService<IMigrator>().MigrateAsync("20261125100000_Blurrings");
            var created = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            old.OrgBlurrings.AddRange(
                OrgBlurring.Create("5000001", OrgClassification.Sor, created),
                OrgBlurring.Create("5000001", OrgClassification.Sor, created.AddMinutes(1)),
                OrgBlurring.Create("5000001", OrgClassification.Shak, created.AddMinutes(2)));
            await old.SaveChangesAsync();
        }

        await using var migrated = await ServiceContexts.MigratedAsync<IdsasDbContext>(options);
        var rows = await migrated.OrgBlurrings.AsNoTracking().OrderBy(o => o.Id).Select(o => new { o.ClassificationText, o.RemovedAt, o.Created }).ToListAsync();
        var duplicate = OrgBlurring.Create("5000001", OrgClassification.Sor, DateTime.UtcNow);
        migrated.OrgBlurrings.Add(duplicate);

        Assert.Equal([null, rows[1].Created, null], rows.Select(r => r.RemovedAt));
        Assert.Equal(["SOR", "SOR", "SHAK"], rows.Select(r => r.ClassificationText));
        await Assert.ThrowsAsync<DbUpdateException>(() => migrated.SaveChangesAsync());
    }
}
