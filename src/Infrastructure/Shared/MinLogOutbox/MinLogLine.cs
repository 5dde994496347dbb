using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Nsp.Application.Shared.MinLog;

namespace Nsp.Infrastructure.Shared.MinLogOutbox;

/// <summary>The one line format of <c>Minlog.log</c> and <c>MinlogTransfer.log</c>: a JSON object with the seed's
/// field names, <c>tidspunkt</c> in UTC with milliseconds. Absent values are written as null.</summary>
public static class MinLogLine
{
    public const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    // As the audit log: Danish letters stay readable; quotes and control characters are still escaped.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Format(MinLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("regKode", entry.RegKode);
            json.WriteString("cprNrBorger", entry.CprNrBorger);
            json.WriteString("bruger", entry.Bruger);
            json.WriteString("ansvarlig", entry.Ansvarlig);
            json.WriteString("orgUsingID", entry.OrgUsingId);
            json.WriteString("orgUsingName", entry.OrgUsingName);
            json.WriteString("systemName", entry.SystemName);
            json.WriteString("handling", entry.Handling);
            json.WriteString("sessionId", entry.SessionId);
            json.WriteString("tidspunkt", ToUtc(entry.Tidspunkt).ToString(TimestampFormat, CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    };
}
