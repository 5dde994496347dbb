using System.Globalization;
using System.Text;
using Nsp.Api.MinLog.Registration;

namespace Nsp.Tests.Integration.MinLog.Registration;

/// <summary>RegistrationRequest bodies as MinLog2 clients send them (children unqualified). An entry starts from
/// valid defaults; <c>overrides</c> replace a Destination element by raw XML (several for Filter) or drop it (null).</summary>
public static class RegistrationBodies
{
    public const string UserCpr = "0101801234";

    private static readonly string[] Order =
    [
        "SystemName", "Activity", "Reason", "Addition", "Criticality", "DateTime", "FromDateTime", "ToDateTime",
        "OrganisationId", "OrganisationName", "PersonIdentifier", "PersonName", "CorrelationId", "SequenceNumber",
        "UserPersonIdentifier", "UserPersonName", "UserRole", "OnBehalfOfPersonIdentifier", "OnBehalfOfPersonName",
        "OnBehalfOfUserRole", "Filter",
    ];

    public static string Request(params string[] entries) => Request((IEnumerable<string>)entries);

    public static string Request(IEnumerable<string> entries) =>
        $"<ml:RegistrationRequest xmlns:ml=\"{MinLogRegistrationContract.Namespace}\">{string.Concat(entries)}</ml:RegistrationRequest>";

    public static string Entry(
        string cpr,
        string? sequenceNumber,
        IReadOnlyDictionary<string, string?>? overrides = null,
        string? source = null,
        string dateTime = "2026-12-01T10:00:00.000Z")
    {
        var elements = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["SystemName"] = "<SystemName>Testsystem</SystemName>",
            ["Activity"] = "<Activity>Opslag i patientjournal</Activity>",
            ["DateTime"] = $"<DateTime>{dateTime}</DateTime>",
            ["OrganisationId"] = "<OrganisationId source=\"SOR\">123456789012345</OrganisationId>",
            ["OrganisationName"] = "<OrganisationName>Testhospitalet, Afdeling A</OrganisationName>",
            ["PersonIdentifier"] = $"<PersonIdentifier source=\"CPR\">{cpr}</PersonIdentifier>",
            ["CorrelationId"] = "<CorrelationId>session-1</CorrelationId>",
            ["SequenceNumber"] = sequenceNumber is null ? null : $"<SequenceNumber>{sequenceNumber}</SequenceNumber>",
            ["UserPersonIdentifier"] = $"<UserPersonIdentifier source=\"CPR\">{UserCpr}</UserPersonIdentifier>",
        };
        foreach (var (name, xml) in overrides ?? new Dictionary<string, string?>())
        {
            elements[name] = xml;
        }

        var text = new StringBuilder("<LogDataEntry>");
        if (source is not null)
        {
            text.Append(source);
        }

        text.Append("<Destination>");
        foreach (string name in Order)
        {
            if (elements.TryGetValue(name, out string? xml) && xml is not null)
            {
                text.Append(xml);
            }
        }

        foreach (var (name, xml) in elements.Where(e => !Order.Contains(e.Key) && e.Value is not null))
        {
            text.Append(xml);
        }

        return text.Append("</Destination></LogDataEntry>").ToString();
    }

    /// <summary>A valid CPR number born on day <paramref name="day"/> of 1970 (1..365), sequence <paramref name="n"/>.</summary>
    public static string Cpr(int day, int n)
    {
        var date = new DateOnly(1970, 1, 1).AddDays(day - 1);
        return date.ToString("ddMMyy", CultureInfo.InvariantCulture) + (1000 + n).ToString(CultureInfo.InvariantCulture);
    }

    public static string Text(int length, char c = 'a') => new(c, length);
}
