using System.Collections.Concurrent;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Domain.Shared.Persons;

namespace Nsp.Tests.Integration.Odr.Core;

/// <summary>PersonInformation as a dictionary of CPR → status code; unknown CPRs answer null, as the register does.</summary>
public sealed class InMemoryPersonInformation : IPersonInformationClient
{
    private readonly ConcurrentDictionary<string, string> _statuses = new(StringComparer.Ordinal);

    public InMemoryPersonInformation Add(string cpr, string status = "01")
    {
        _statuses[cpr] = status;
        return this;
    }

    public Task<PersonStatus?> GetStatusAsync(Cpr cpr, CancellationToken cancellationToken) =>
        Task.FromResult(_statuses.TryGetValue(cpr.ToString(), out var status)
            ? new PersonStatus(cpr, CivilRegistrationStatus.Parse(status), null)
            : null);

    public async Task<IReadOnlyList<PersonStatus>> GetStatusesAsync(IReadOnlyCollection<Cpr> cprs, CancellationToken cancellationToken)
    {
        var found = new List<PersonStatus>();
        foreach (var cpr in cprs.Distinct())
        {
            if (await GetStatusAsync(cpr, cancellationToken) is { } status)
            {
                found.Add(status);
            }
        }

        return found;
    }

    public Task<IReadOnlyList<Cpr>> FindBornOnAsync(DateOnly birthDate, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Cpr>>([.. _statuses.Keys.Select(Cpr.Parse).Where(c => c.BirthDate == birthDate)]);
}
