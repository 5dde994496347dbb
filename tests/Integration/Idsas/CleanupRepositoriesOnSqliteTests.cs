using Microsoft.EntityFrameworkCore;
using Nsp.Domain.Idsas.Blurrings;
using Nsp.Domain.Idsas.OrgBlurrings;
using Nsp.Infrastructure.Idsas.Persistence;
using Nsp.Infrastructure.Idsas.Persistence.Repositories;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.Idsas;

/// <summary>The cleanup's batch deletes (ids first, then a delete by the id list) on the embedded default, SQLite:
/// only rows past the cutoff, at most a batch at a time.</summary>
public sealed class CleanupRepositoriesOnSqliteTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 12, 7, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Cutoff = Now.AddYears(-5);
    private readonly SqliteDatabase _database = new("idsas");

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Ended_blurrings_are_deleted_a_batch_at_a_time_and_later_ones_stay()
    {
        await using var context = await ServiceContexts.MigratedAsync<IdsasDbContext>(_database.Options(IdsasDbContext.DefaultSchema));
        for (var i = 0; i < 5; i++)
        {
            context.Blurrings.Add(Blurring.Create($"010170{i:D4}", null, "12345678", Cutoff.AddDays(-1 - i), Now.AddYears(-6)));
        }

        context.Blurrings.Add(Blurring.Create("0101709999", null, "12345678", Cutoff.AddDays(1), Now.AddYears(-6)));
        await context.SaveChangesAsync();
        var repository = new EfBlurringRepository(context);

        var batches = new[]
        {
            await repository.DeleteEndedAsync(Cutoff, 3, CancellationToken.None),
            await repository.DeleteEndedAsync(Cutoff, 3, CancellationToken.None),
            await repository.DeleteEndedAsync(Cutoff, 3, CancellationToken.None),
        };

        Assert.Equal([3, 2, 0], batches);
        Assert.Equal(["0101709999"], await context.Blurrings.AsNoTracking().Select(b => b.PatientId).ToListAsync());
    }

    [Fact]
    public async Task Removed_org_blurrings_are_deleted_a_batch_at_a_time_and_active_ones_stay()
    {
        await using var context = await ServiceContexts.MigratedAsync<IdsasDbContext>(_database.Options(IdsasDbContext.DefaultSchema));
        for (var i = 0; i < 3; i++)
        {
            var removed = OrgBlurring.Create($"10000{i}", OrgClassification.Sor, Now.AddYears(-7));
            removed.Remove(Cutoff.AddDays(-1));
            context.OrgBlurrings.Add(removed);
        }

        var recentlyRemoved = OrgBlurring.Create("200000", OrgClassification.Sor, Now.AddYears(-7));
        recentlyRemoved.Remove(Cutoff.AddDays(1));
        context.OrgBlurrings.AddRange(recentlyRemoved, OrgBlurring.Create("300000", OrgClassification.Shak, Now.AddYears(-7)));
        await context.SaveChangesAsync();
        var repository = new EfOrgBlurringRepository(context);

        var batches = new[]
        {
            await repository.DeleteRemovedAsync(Cutoff, 2, CancellationToken.None),
            await repository.DeleteRemovedAsync(Cutoff, 2, CancellationToken.None),
        };

        Assert.Equal([2, 1], batches);
        Assert.Equal(["200000", "300000"], await context.OrgBlurrings.AsNoTracking().OrderBy(o => o.OrgId).Select(o => o.OrgId).ToListAsync());
    }
}
