using Nsp.Domain.Crk;

namespace Nsp.Application.Crk.Dcc;

/// <summary>Reads the <c>dccconfig</c> view.</summary>
public interface IDccConfigQueries
{
    Task<IReadOnlyList<DccConfigRow>> RowsAsync(CancellationToken cancellationToken);
}
