using System.Text.RegularExpressions;

namespace Nsp.Domain.MinLog.Lookup;

/// <summary>A stored <c>orgusingid</c> read back as the MinLog1 lookup contract's <c>brugerOrganisation</c>: its
/// value and <see cref="OrganisationNameFormat"/> (ADR 0038 has the table). The store keeps the id's type in the
/// same 25 characters, so the type is recovered from how the id was registered:
/// <list type="number">
/// <item>the source MinLog2 registration stored beside it (<c>SOR</c>, <c>YDER</c>, <c>CVR</c>; the id is then taken
/// whole); <c>EuropeanHealthcareOrganisation</c> has no medcom NameFormat and falls through to the next rules;</item>
/// <item>a <c>TYPE:value</c> prefix, as MinLog 1 stored it (<c>YNUMBER</c>, <c>PNUMBER</c>, <c>SKSCODE</c>,
/// <c>CVRNUMBER</c>, <c>COMMUNALNUMBER</c>, <c>SOR</c>), or as MinLog2's <c>OrganisationId/@source</c> names it
/// (<c>SOR</c>, <c>YDER</c>, <c>CVR</c>), case-insensitive;</item>
/// <item>without a prefix (the services' own outbox stores the ID card's CareProviderID, a CVR), the id's shape:
/// 8 digits CVR, 5–6 digits ydernummer, 3 digits kommunekode, 10 digits p-nummer, 4 or 7 digits (or 4–7 letters and
/// digits starting with a digit) SKS/SHAK code, 11–18 digits SOR;</item>
/// <item>anything else is returned as it is, marked <c>medcom:cvrnumber</c>, the NameFormat of the ID cards' own
/// CareProviderID; the lookup never fails on an id it cannot classify.</item>
/// </list></summary>
public sealed partial record OrganisationId(string Value, OrganisationNameFormat Format)
{
    private static readonly Dictionary<string, OrganisationNameFormat> Prefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["YNUMBER"] = OrganisationNameFormat.YNumber,
        ["YDER"] = OrganisationNameFormat.YNumber,
        ["PNUMBER"] = OrganisationNameFormat.PNumber,
        ["SKSCODE"] = OrganisationNameFormat.SksCode,
        ["SKS"] = OrganisationNameFormat.SksCode,
        ["SHAK"] = OrganisationNameFormat.SksCode,
        ["CVRNUMBER"] = OrganisationNameFormat.CvrNumber,
        ["CVR"] = OrganisationNameFormat.CvrNumber,
        ["COMMUNALNUMBER"] = OrganisationNameFormat.CommunalNumber,
        ["SOR"] = OrganisationNameFormat.Sor,
    };

    /// <summary>The contract text, e.g. <c>medcom:sor</c>.</summary>
    public string NameFormat => Format switch
    {
        OrganisationNameFormat.YNumber => "medcom:ynumber",
        OrganisationNameFormat.PNumber => "medcom:pnumber",
        OrganisationNameFormat.SksCode => "medcom:skscode",
        OrganisationNameFormat.CvrNumber => "medcom:cvrnumber",
        OrganisationNameFormat.CommunalNumber => "medcom:communalnumber",
        OrganisationNameFormat.Sor => "medcom:sor",
        _ => throw new InvalidOperationException($"Unknown name format {Format}."),
    };

    private static readonly Dictionary<string, OrganisationNameFormat> RegisteredSources = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SOR"] = OrganisationNameFormat.Sor,
        ["YDER"] = OrganisationNameFormat.YNumber,
        ["CVR"] = OrganisationNameFormat.CvrNumber,
    };

    /// <summary>The id a stored <c>orgusingid</c> holds, or null when it is empty.</summary>
    /// <param name="registeredSource">MinLog2's <c>OrganisationId/@source</c> as registration stored it, if any.</param>
    public static OrganisationId? FromStored(string? orgUsingId, string? registeredSource = null)
    {
        if (string.IsNullOrWhiteSpace(orgUsingId))
        {
            return null;
        }

        string stored = orgUsingId.Trim();
        if (registeredSource is not null && RegisteredSources.TryGetValue(registeredSource.Trim(), out var registered))
        {
            return new OrganisationId(stored, registered);
        }

        int colon = stored.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && colon < stored.Length - 1 && Prefixes.TryGetValue(stored[..colon], out var prefixed))
        {
            return new OrganisationId(stored[(colon + 1)..], prefixed);
        }

        return new OrganisationId(stored, ByShape(stored));
    }

    private static OrganisationNameFormat ByShape(string id)
    {
        if (id.All(char.IsAsciiDigit))
        {
            return id.Length switch
            {
                8 => OrganisationNameFormat.CvrNumber,
                3 => OrganisationNameFormat.CommunalNumber,
                5 or 6 => OrganisationNameFormat.YNumber,
                4 or 7 => OrganisationNameFormat.SksCode,
                10 => OrganisationNameFormat.PNumber,
                >= 11 and <= 18 => OrganisationNameFormat.Sor,
                _ => OrganisationNameFormat.CvrNumber,
            };
        }

        return SksShape().IsMatch(id) ? OrganisationNameFormat.SksCode : OrganisationNameFormat.CvrNumber;
    }

    [GeneratedRegex("^[0-9][0-9A-Za-z]{3,6}$")]
    private static partial Regex SksShape();
}
