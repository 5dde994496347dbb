using System.Text.Json;
using Nsp.Domain.Crk;

namespace Nsp.Api.Crk;

/// <summary>The admin surface's JSON: strict reading of request bodies (an unknown field, a wrong type or a missing
/// required field is a <see cref="CrkAdminRequestException"/>) and the shapes of answers.</summary>
public static class CrkAdminJson
{
    /// <summary>Ours: an admin body is a few hundred bytes.</summary>
    public const int MaxBodyBytes = 16 * 1024;

    private static readonly string[] OverrideFields =
        ["name", "node", "serviceUrl", "useProxy", "timeout", "idCardMaxAge", "doNotVerifySslHostname", "wsaHeadersProcessing"];

    public static async Task<JsonElement> ReadObjectAsync(HttpRequest request, IReadOnlyCollection<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > MaxBodyBytes)
        {
            throw new CrkAdminRequestException($"The body is larger than {MaxBodyBytes} bytes.");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBodyBytes)
            {
                throw new CrkAdminRequestException($"The body is larger than {MaxBodyBytes} bytes.");
            }
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { MaxDepth = 4 });
        }
        catch (JsonException e)
        {
            throw new CrkAdminRequestException("The body is not JSON: " + e.Message, e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new CrkAdminRequestException("The body must be a JSON object.");
            }

            foreach (var property in root.EnumerateObject())
            {
                if (!allowed.Contains(property.Name))
                {
                    throw new CrkAdminRequestException($"Unknown field '{property.Name}'; expected {string.Join(", ", allowed)}.");
                }
            }

            return root.Clone();
        }
    }

    /// <summary>A field that must be there and be true, false or (when <paramref name="nullable"/>) null.</summary>
    public static bool? RequiredBool(JsonElement body, string field, bool nullable)
    {
        if (!body.TryGetProperty(field, out var value))
        {
            throw new CrkAdminRequestException($"The field '{field}' is required.");
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Null when nullable => null,
            _ => throw new CrkAdminRequestException($"The field '{field}' must be true or false{(nullable ? " or null" : string.Empty)}."),
        };
    }

    public static EndpointOverride ReadOverride(JsonElement body) =>
        new(
            ReadString(body, "name") ?? throw new CrkAdminRequestException("The field 'name' is required."),
            ReadString(body, "node"),
            ReadString(body, "serviceUrl"),
            ReadBool(body, "useProxy"),
            ReadLong(body, "timeout"),
            ReadLong(body, "idCardMaxAge") is { } minutes
                ? minutes is >= int.MinValue and <= int.MaxValue ? (int)minutes : throw new CrkAdminRequestException("The field 'idCardMaxAge' is too large.")
                : null,
            ReadBool(body, "doNotVerifySslHostname"),
            ReadString(body, "wsaHeadersProcessing"));

    public static IReadOnlyCollection<string> OverrideFieldNames => OverrideFields;

    public static object Action(EndpointAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return new
        {
            id = action.Id,
            endpointId = action.EndpointId,
            inheritedEndpoint = action.InheritedEndpoint,
            name = action.Name,
            model = action.Model,
            timeout = action.Timeout,
            useProxy = action.UseProxy,
            proxyOverride = action.ProxyOverride,
            idCardMaxAge = action.IdCardMaxAge,
            active = action.Active,
        };
    }

    public static object Override(NodeOverride row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new
        {
            id = row.Id,
            name = row.Name,
            node = row.Node,
            serviceUrl = row.ServiceUrl,
            useProxy = row.UseProxy,
            timeout = row.Timeout,
            idCardMaxAge = row.IdCardMaxAge,
            doNotVerifySslHostname = row.DoNotVerifySslHostname,
            wsaHeadersProcessing = row.WsaHeadersProcessing,
        };
    }

    private static string? ReadString(JsonElement body, string field) =>
        !body.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new CrkAdminRequestException($"The field '{field}' must be a string or null.");

    private static bool? ReadBool(JsonElement body, string field) =>
        !body.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean()
        : throw new CrkAdminRequestException($"The field '{field}' must be true, false or null.");

    private static long? ReadLong(JsonElement body, string field) =>
        !body.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number
        : throw new CrkAdminRequestException($"The field '{field}' must be a whole number or null.");
}
