using Microsoft.EntityFrameworkCore;
using Nsp.Application.Crk.Endpoints;
using Nsp.Domain.Crk;

namespace Nsp.Infrastructure.Crk.Persistence.Repositories;

public sealed class EfEndpointVersionRepository(CrkDbContext context) : IEndpointVersionRepository
{
    public async Task<IReadOnlyList<EndpointVersion>> ActiveAsync(string configId, CancellationToken cancellationToken) =>
        await context.Endpoints.Where(v => v.ConfigId == configId && v.Active).ToListAsync(cancellationToken);

    public async Task<long> HighestVersionAsync(string configId, CancellationToken cancellationToken) =>
        await context.Endpoints.Where(v => v.ConfigId == configId).MaxAsync(v => (long?)v.Version, cancellationToken) ?? 0;

    public async Task<IReadOnlyList<EndpointAction>> ActionsOfAsync(long endpointId, CancellationToken cancellationToken) =>
        await context.Actions.AsNoTracking().Where(a => a.EndpointId == endpointId).OrderBy(a => a.Id).ToListAsync(cancellationToken);

    public async Task AddVersionAsync(EndpointVersion version, CancellationToken cancellationToken)
    {
        context.Endpoints.Add(version);
        await context.SaveChangesAsync(cancellationToken);
    }

    public Task AddActionsAsync(IEnumerable<EndpointAction> actions, CancellationToken cancellationToken)
    {
        context.Actions.AddRange(actions);
        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<EndpointVersion>> VersionsAsync(string? configId, CancellationToken cancellationToken) =>
        await context.Endpoints.AsNoTracking()
            .Where(v => configId == null || v.ConfigId == configId)
            .OrderBy(v => v.ConfigId).ThenByDescending(v => v.Version)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<EndpointAction>> ActionsOfAsync(IReadOnlyCollection<long> endpointIds, CancellationToken cancellationToken) =>
        await context.Actions.AsNoTracking().Where(a => endpointIds.Contains(a.EndpointId)).ToListAsync(cancellationToken);

    public Task<EndpointAction?> FindActionAsync(long id, CancellationToken cancellationToken) =>
        context.Actions.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    public Task SaveAsync(CancellationToken cancellationToken) => context.SaveChangesAsync(cancellationToken);
}
