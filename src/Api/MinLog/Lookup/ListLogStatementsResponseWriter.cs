using System.Globalization;
using System.Xml.Linq;
using Nsp.Application.MinLog.Lookup;
using Nsp.Domain.MinLog.Lookup;

namespace Nsp.Api.MinLog.Lookup;

/// <summary>Writes <c>ListLogStatementsResponse</c>: the <c>cprNrBorger</c> attribute and one unqualified
/// <c>LogEntry</c> per statement, in the order given (newest first). Absent text values are empty elements (the
/// contract makes them required strings); <c>brugerOrganisation</c> carries the id and its <c>NameFormat</c>
/// (<see cref="OrganisationId"/>), and is left out with no organisation; <c>tidspunkt</c> is UTC with milliseconds.</summary>
internal static class ListLogStatementsResponseWriter
{
    public static XElement Write(ListLogStatementsResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        XNamespace ml = MinLogLookupContract.Namespace;
        return new XElement(
            ml + MinLogLookupContract.ResponseElement.Name,
            new XAttribute("cprNrBorger", result.CprNrBorger),
            result.Statements.Select(Entry));
    }

    private static XElement Entry(LogStatement statement)
    {
        var organisation = OrganisationId.FromStored(statement.OrgUsingId, statement.OrgUsingIdSource);
        return new XElement(
            "LogEntry",
            new XElement("regKode", statement.RegKode),
            new XElement("bruger", statement.Bruger ?? string.Empty),
            new XElement("ansvarlig", statement.Ansvarlig ?? string.Empty),
            organisation is null ? null : new XElement("brugerOrganisation", new XAttribute("NameFormat", organisation.NameFormat), organisation.Value),
            new XElement("system", statement.SystemName ?? string.Empty),
            new XElement("handling", statement.Handling ?? string.Empty),
            new XElement("sessionsId", statement.SessionId ?? string.Empty),
            // The public contract has no element for the organisation's name: strict clients would refuse one.
            new XElement("tidspunkt", Zulu(statement.Tidspunkt)));
    }

    private static string Zulu(DateTime instant) =>
        DateTime.SpecifyKind(instant, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
