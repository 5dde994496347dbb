using Nsp.Domain.Odr.Registrations;
using Nsp.Domain.Shared.Persons;

namespace Nsp.Application.Odr.Registrations;

/// <summary>The <c>organdonorregistration</c> table; changes join the caller's unit of work. At most one row per
/// CPR is active (validto null): the database's partial unique index decides, not a check-then-insert.</summary>
public interface IOrganDonorRegistrationRepository
{
    /// <summary>The active registration of the CPR, or null.</summary>
    Task<OrganDonorRegistration?> FindActiveAsync(Cpr cpr, CancellationToken cancellationToken);

    /// <summary>Every row of the CPR, active and closed, oldest first.</summary>
    Task<IReadOnlyList<OrganDonorRegistration>> HistoryAsync(Cpr cpr, CancellationToken cancellationToken);

    /// <summary>Inserts the registration unless the CPR already has an active one; true when it was inserted. A
    /// concurrent insert for the same CPR waits for the other's commit and then inserts nothing.</summary>
    Task<bool> AddIfNoneActiveAsync(OrganDonorRegistration registration, CancellationToken cancellationToken);

    /// <summary>Sets validto on the CPR's active row in one statement; false when there was none (or a concurrent
    /// call closed it first).</summary>
    Task<bool> CloseActiveAsync(Cpr cpr, DateTime atUtc, CancellationToken cancellationToken);

    /// <summary>Deletes every row the CPR has, history and notifications included (the deceased job), set-based.</summary>
    Task<DeletedCprData> DeleteAllDataAsync(Cpr cpr, CancellationToken cancellationToken);
}
