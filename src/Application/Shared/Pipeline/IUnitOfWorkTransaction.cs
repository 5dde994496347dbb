namespace Nsp.Application.Shared.Pipeline;

/// <summary>An open unit of work. Disposing without <see cref="CommitAsync"/> rolls everything back.</summary>
public interface IUnitOfWorkTransaction : IAsyncDisposable
{
    /// <summary>Saves pending changes and commits (a joined transaction only saves; its owner commits).</summary>
    Task CommitAsync(CancellationToken cancellationToken);
}
