using Nsp.Domain.Crk;

namespace Nsp.Application.Crk.Endpoints;

/// <summary>CRK's <c>endpoints</c> and <c>actions</c> tables.</summary>
public interface IEndpointVersionRepository
{
    /// <summary>The configId's active versions (normally one), tracked for change.</summary>
    Task<IReadOnlyList<EndpointVersion>> ActiveAsync(string configId, CancellationToken cancellationToken);

    /// <summary>The configId's highest version, 0 when it has none.</summary>
    Task<long> HighestVersionAsync(string configId, CancellationToken cancellationToken);

    Task<IReadOnlyList<EndpointAction>> ActionsOfAsync(long endpointId, CancellationToken cancellationToken);

    /// <summary>Stores the version now, so its id is known for its actions (inside the caller's transaction).</summary>
    Task AddVersionAsync(EndpointVersion version, CancellationToken cancellationToken);

    Task AddActionsAsync(IEnumerable<EndpointAction> actions, CancellationToken cancellationToken);

    /// <summary>Every version of the configIds given (all when null), newest first, untracked.</summary>
    Task<IReadOnlyList<EndpointVersion>> VersionsAsync(string? configId, CancellationToken cancellationToken);

    /// <summary>The actions of the given versions, untracked.</summary>
    Task<IReadOnlyList<EndpointAction>> ActionsOfAsync(IReadOnlyCollection<long> endpointIds, CancellationToken cancellationToken);

    /// <summary>An action by id, tracked for change; null when none.</summary>
    Task<EndpointAction?> FindActionAsync(long id, CancellationToken cancellationToken);

    Task SaveAsync(CancellationToken cancellationToken);
}
