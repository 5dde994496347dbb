using Microsoft.EntityFrameworkCore;
using Nsp.Application.Shared.Persistence;
using Nsp.Domain.Crk;
using Nsp.Infrastructure.Crk.Persistence;
using Nsp.Infrastructure.Crk.Persistence.Repositories;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.Crk;

/// <summary>The migrated CRK schema on each provider: the <c>dccconfig</c> view (which the drift test cannot see)
/// shows active endpoints × active actions with <c>coalesce(proxyoverride, useproxy)</c>, and the seed's foreign keys
/// hold.</summary>
public abstract class CrkSchemaContract
{
    private static readonly DateTime Now = new(2026, 12, 7, 12, 0, 0, DateTimeKind.Utc);

    protected abstract ServiceDatabaseOptions Options { get; }

    [Fact]
    public async Task The_view_shows_only_active_actions_of_active_versions_with_the_effective_proxy_flag()
    {
        await using var context = await ServiceContexts.MigratedAsync<CrkDbContext>(Options);
        var old = EndpointVersion.Create("svc", Definition("2026-12-01T00:00:00Z"), 1, Now);
        context.Endpoints.Add(old);
        await context.SaveChangesAsync();
        old.Deactivate(Now);
        var current = EndpointVersion.Create("svc", Definition("2026-12-02T00:00:00Z"), 2, Now);
        context.Endpoints.Add(current);
        await context.SaveChangesAsync();
        var overridden = EndpointAction.Load(current.Id, new DksActionDefinition("urn:a", EndpointAction.SynchronousTimeout, 100, false, 5), null);
        overridden.OverrideProxy(true);
        var dropped = EndpointAction.Load(current.Id, new DksActionDefinition("urn:b", EndpointAction.SynchronousTimeout, 100, true, null), null);
        dropped.SetActive(false);
        context.Actions.AddRange(
            overridden,
            dropped,
            EndpointAction.Load(current.Id, new DksActionDefinition("urn:c", EndpointAction.SynchronousTimeout, 300, true, null), null),
            EndpointAction.Load(old.Id, new DksActionDefinition("urn:old", EndpointAction.SynchronousTimeout, 100, true, null), null));
        await context.SaveChangesAsync();

        var rows = (await new EfDccConfigQueries(context).RowsAsync(CancellationToken.None)).OrderBy(r => r.ActionName, StringComparer.Ordinal).ToList();

        Assert.Equal(["urn:a", "urn:c"], rows.Select(r => r.ActionName));
        Assert.All(rows, r => Assert.Equal((current.Id, "svc", 2L, new DateTime(2026, 12, 2, 0, 0, 0, DateTimeKind.Utc)), (r.EndpointId, r.ConfigId, r.Version, r.ExternalTime)));
        Assert.Equal((true, (int?)5, 100L), (rows[0].UseProxy, rows[0].IdCardMaxAge, rows[0].Timeout));
        Assert.Equal((true, (int?)null, 300L), (rows[1].UseProxy, rows[1].IdCardMaxAge, rows[1].Timeout));
    }

    [Fact]
    public async Task An_action_must_belong_to_an_existing_version()
    {
        await using var context = await ServiceContexts.MigratedAsync<CrkDbContext>(Options);
        context.Actions.Add(EndpointAction.Load(424242, new DksActionDefinition("urn:a", EndpointAction.SynchronousTimeout, 100, true, null), null));

        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }

    [Fact]
    public async Task A_configId_has_each_version_once()
    {
        await using var context = await ServiceContexts.MigratedAsync<CrkDbContext>(Options);
        context.Endpoints.Add(EndpointVersion.Create("svc", Definition("2026-12-01T00:00:00Z"), 1, Now));
        await context.SaveChangesAsync();
        context.Endpoints.Add(EndpointVersion.Create("svc", Definition("2026-12-02T00:00:00Z"), 1, Now));

        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }

    private static DksEndpointDefinition Definition(string externalTime) =>
        DksEndpointDefinition.Create("SVC", "https://svc.example/", DateTimeOffset.Parse(externalTime, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime, []);
}
