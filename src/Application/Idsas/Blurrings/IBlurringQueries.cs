namespace Nsp.Application.Idsas.Blurrings;

/// <summary>Reads for lookup.</summary>
public interface IBlurringQueries
{
    /// <summary>The CVRs with a blurring active at <paramref name="nowUtc"/> (now &lt; end) for the patient, found
    /// by <c>patient_id</c> and/or <c>patient_id_hashed</c> (either may be null, not both), each CVR once, ordered.</summary>
    Task<IReadOnlyList<string>> ActiveOrganisationsAsync(string? patientId, string? patientIdHashed, DateTime nowUtc, CancellationToken cancellationToken);
}
