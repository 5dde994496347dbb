using System.Globalization;
using Nsp.Domain.Shared.Persons;

namespace Nsp.Infrastructure.Shared.NationalServices.PersonInformation;

/// <summary>Turns wire/file entries into domain values; <see cref="FormatException"/> names the field, never its value (CPRs are personal data).</summary>
internal static class PersonJsonMapper
{
    public static PersonStatus ToStatus(PersonJson? json, string where)
    {
        if (json is null)
        {
            throw new FormatException($"{where} is null");
        }

        if (!Cpr.TryParse(json.Cpr, out var cpr))
        {
            throw new FormatException($"{where} has no valid cpr");
        }

        if (!CivilRegistrationStatus.TryParse(json.Status, out var status))
        {
            throw new FormatException($"{where} has no valid status (two digits)");
        }

        DateOnly? start = null;
        if (json.StatusStartDate is not null)
        {
            if (!DateOnly.TryParseExact(json.StatusStartDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new FormatException($"{where} has a statusStartDate that is not yyyy-MM-dd");
            }

            start = date;
        }

        return new PersonStatus(cpr, status, start);
    }

    public static Cpr ToCpr(string? value, string where) =>
        Cpr.TryParse(value, out var cpr) ? cpr : throw new FormatException($"{where} is not a valid cpr");
}
