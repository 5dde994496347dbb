using Nsp.Domain.Idsas.Salts;

namespace Nsp.Application.Idsas.Salts;

/// <summary>The <c>salt</c> table: the newest row is the current salt.</summary>
public interface ISaltRepository
{
    Task<Salt?> CurrentAsync(CancellationToken cancellationToken);

    void Add(Salt salt);
}
