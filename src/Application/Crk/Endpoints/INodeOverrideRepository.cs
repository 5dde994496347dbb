using Nsp.Domain.Crk;

namespace Nsp.Application.Crk.Endpoints;

/// <summary>CRK's <c>override</c> table.</summary>
public interface INodeOverrideRepository
{
    Task<IReadOnlyList<NodeOverride>> ListAsync(CancellationToken cancellationToken);

    /// <summary>A row by id, tracked for change; null when none.</summary>
    Task<NodeOverride?> FindAsync(long id, CancellationToken cancellationToken);

    void Add(NodeOverride row);

    void Remove(NodeOverride row);

    Task SaveAsync(CancellationToken cancellationToken);
}
