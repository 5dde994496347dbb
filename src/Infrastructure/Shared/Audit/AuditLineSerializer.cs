using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Nsp.Application.Shared.Audit;
using Nsp.Domain.Shared;

namespace Nsp.Infrastructure.Shared.Audit;

/// <summary>Writes an audit record as one JSON line in the NSP audit shape: <c>time</c> (UTC), <c>category</c>,
/// <c>audit</c> (timestamp in Danish time, components, contexts, information) and <c>access</c>.</summary>
public static class AuditLineSerializer
{
    private const string DanishFormat = "yyyy-MM-dd'T'HH:mm:ss.fffzzz";
    private const string UtcFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    private static readonly JsonWriterOptions Options = new()
    {
        // Keep Danish letters and '+' readable in the log file; the line is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(AuditRecord record, DateTimeOffset writtenAt)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("time", writtenAt.UtcDateTime.ToString(UtcFormat, CultureInfo.InvariantCulture));
            writer.WriteString("category", record.Category);
            WriteAudit(writer, record);
            if (record.Access is not null)
            {
                WriteAccess(writer, record.Access);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteAudit(Utf8JsonWriter writer, AuditRecord record)
    {
        writer.WriteStartObject("audit");
        writer.WriteString("timestamp", Danish(record.Timestamp));
        writer.WriteStartArray("components");
        foreach (var component in record.Components)
        {
            writer.WriteStartObject();
            writer.WriteString("component", component.Name);
            writer.WriteStartArray("contexts");
            foreach (var context in component.Contexts)
            {
                writer.WriteStartObject();
                writer.WriteString("context", context.Name);
                writer.WriteStartArray("information");
                foreach (var information in context.Information)
                {
                    WriteInformation(writer, information);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteInformation(Utf8JsonWriter writer, AuditInformation information)
    {
        writer.WriteStartObject();
        writer.WriteString("key", information.Key);
        writer.WriteString("type", information.Type.ToString());
        if (information.Values is not null)
        {
            writer.WriteStartArray("values");
            foreach (var value in information.Values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }
        else
        {
            writer.WriteString("value", information.Value ?? string.Empty);
        }

        writer.WriteEndObject();
    }

    private static void WriteAccess(Utf8JsonWriter writer, AuditAccess access)
    {
        writer.WriteStartObject("access");
        writer.WriteNumber("code", access.Code);
        writer.WriteNumber("duration", access.DurationMilliseconds);
        WriteMap(writer, "httpHeaders", access.HttpHeaders);
        writer.WriteString("httpHost", access.HttpHost);
        WriteMap(writer, "idCardAttributes", access.IdCardAttributes);
        writer.WriteString("method", access.Method);
        writer.WriteString("path", access.Path);
        writer.WriteString("query", access.Query);
        writer.WriteNumber("port", access.Port);
        writer.WriteString("protocol", access.Protocol);
        writer.WriteNumber("reqSize", access.RequestSize);
        writer.WriteNumber("resSize", access.ResponseSize);
        WriteMap(writer, "soapHeaders", access.SoapHeaders);
        writer.WriteString("threadId", access.ThreadId);
        writer.WriteString("time", Danish(access.Time));
        writer.WriteStartObject("stats");
        foreach (var (key, value) in access.Stats)
        {
            writer.WriteNumber(key, value);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteMap(Utf8JsonWriter writer, string name, IDictionary<string, string> values)
    {
        writer.WriteStartObject(name);
        foreach (var (key, value) in values)
        {
            writer.WriteString(key, value);
        }

        writer.WriteEndObject();
    }

    private static string Danish(DateTimeOffset instant) =>
        DanishTime.From(instant).ToString(DanishFormat, CultureInfo.InvariantCulture);
}
