using Nsp.Domain.Idsas.Blurrings;

namespace Nsp.Application.Idsas.Blurrings;

/// <summary>The <c>blurring</c> table. Every change joins the caller's unit of work.</summary>
public interface IBlurringRepository
{
    /// <summary>Inserts, or replaces the end date (and hash, when given) of the row with the same (patient, CVR): the
    /// latest registration wins even when it ends sooner, as one race-free statement, so retries and redeliveries are
    /// safe.</summary>
    Task UpsertAsync(Blurring blurring, CancellationToken cancellationToken);

    /// <summary>Deletes up to <paramref name="batchSize"/> blurrings that ended at or before <paramref name="endedAtOrBeforeUtc"/>.</summary>
    Task<int> DeleteEndedAsync(DateTime endedAtOrBeforeUtc, int batchSize, CancellationToken cancellationToken);

    /// <summary>The next <paramref name="count"/> distinct patient ids after <paramref name="afterPatientId"/>, in order.</summary>
    Task<IReadOnlyList<string>> PatientIdsAfterAsync(string? afterPatientId, int count, CancellationToken cancellationToken);

    /// <summary>Deletes every blurring of these patients.</summary>
    Task<int> DeleteForPatientsAsync(IReadOnlyCollection<string> patientIds, CancellationToken cancellationToken);
}
