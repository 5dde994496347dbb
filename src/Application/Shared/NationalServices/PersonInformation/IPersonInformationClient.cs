using Nsp.Domain.Shared.Persons;

namespace Nsp.Application.Shared.NationalServices.PersonInformation;

/// <summary>
/// The national PersonInformation service: civil-registration status per CPR (deaths, emigration) and persons by
/// birth date. Implemented over HTTP (<c>personinformation.mode = http</c>) or by an operator-provided registry file
/// (<c>personinformation.mode = file</c>); see docs/personinformation-http.md for the wire format.
/// </summary>
public interface IPersonInformationClient
{
    /// <summary>The person's status, or <c>null</c> when the register does not know the CPR.</summary>
    /// <exception cref="PersonInformationUnavailableException">Transport error, timeout, 5xx or a malformed answer.</exception>
    Task<PersonStatus?> GetStatusAsync(Cpr cpr, CancellationToken cancellationToken);

    /// <summary>
    /// The statuses of the known CPRs among <paramref name="cprs"/> (each at most once, in no particular order);
    /// unknown CPRs are left out. Jobs ask in batches.
    /// </summary>
    /// <exception cref="PersonInformationUnavailableException">Transport error, timeout, 5xx or a malformed answer.</exception>
    Task<IReadOnlyList<PersonStatus>> GetStatusesAsync(IReadOnlyCollection<Cpr> cprs, CancellationToken cancellationToken);

    /// <summary>The CPRs of the persons born on <paramref name="birthDate"/> (ODR's notification job).</summary>
    /// <exception cref="PersonInformationUnavailableException">Transport error, timeout, 5xx or a malformed answer.</exception>
    Task<IReadOnlyList<Cpr>> FindBornOnAsync(DateOnly birthDate, CancellationToken cancellationToken);
}
