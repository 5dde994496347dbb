namespace Nsp.Application.Idsas.OrgBlurrings;

/// <summary>Reads for ListAllActiveOrgBlurrings.</summary>
public interface IOrgBlurringQueries
{
    /// <summary>Every active department, each (id, classification) once, ordered by classification then id.</summary>
    Task<IReadOnlyList<ActiveOrgBlurring>> ListActiveAsync(CancellationToken cancellationToken);
}
