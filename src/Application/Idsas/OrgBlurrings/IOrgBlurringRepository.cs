using Nsp.Domain.Idsas.OrgBlurrings;

namespace Nsp.Application.Idsas.OrgBlurrings;

/// <summary>The <c>org_blurring</c> table; changes join the caller's unit of work.</summary>
public interface IOrgBlurringRepository
{
    /// <summary>The active (not removed) blurrings of the department, tracked for change.</summary>
    Task<IReadOnlyList<OrgBlurring>> FindActiveAsync(string orgId, OrgClassification classification, CancellationToken cancellationToken);

    /// <summary>Inserts the blurring unless the department already has an active one; true when it was inserted.
    /// The database's unique rule on active rows decides, so concurrent calls never create two.</summary>
    Task<bool> AddIfNoneActiveAsync(OrgBlurring orgBlurring, CancellationToken cancellationToken);

    /// <summary>Deletes up to <paramref name="batchSize"/> org blurrings removed at or before the instant.</summary>
    Task<int> DeleteRemovedAsync(DateTime removedAtOrBeforeUtc, int batchSize, CancellationToken cancellationToken);
}
