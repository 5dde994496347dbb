using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Domain.Shared.Persons;

namespace Nsp.Application.Odr.Operations;

/// <summary>Asks PersonInformation about CPRs in requests of a configured size.</summary>
public static class PersonInformationBatches
{
    /// <summary>The statuses of the known CPRs among <paramref name="cprs"/>; texts that are no CPR are skipped.</summary>
    public static async Task<IReadOnlyList<PersonStatus>> StatusesAsync(
        IPersonInformationClient persons, IEnumerable<string> cprs, int requestSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(persons);
        var parsed = cprs.Select(text => Cpr.TryParse(text, out var cpr) ? cpr : null).OfType<Cpr>().ToList();
        var statuses = new List<PersonStatus>(parsed.Count);
        foreach (var chunk in parsed.Chunk(requestSize))
        {
            statuses.AddRange(await persons.GetStatusesAsync(chunk, cancellationToken));
        }

        return statuses;
    }
}
