namespace Nsp.Application.Shared.MinLog;

/// <summary>A service's MinLog outbox; keyed scoped per <see cref="NspService"/>, sharing the request's transaction.</summary>
public interface IMinLogOutbox
{
    Task AddAsync(IReadOnlyList<MinLogEntry> entries, CancellationToken cancellationToken);
}
