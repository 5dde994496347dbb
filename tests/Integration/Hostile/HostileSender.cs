namespace Nsp.Tests.Integration.Hostile;

/// <summary>Sends a case exactly as generated: its method, bytes, Content-Type and SOAPAction headers, unvalidated.</summary>
public static class HostileSender
{
    public static async Task<(int Status, string? ContentType, string? Allow, byte[] Body)> SendAsync(
        HttpClient client, HostileCase request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        var content = new ByteArrayContent(request.Payload);
        if (request.ContentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
        }

        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Base.Path) { Content = content };
        foreach (string action in request.SoapAction)
        {
            message.Headers.TryAddWithoutValidation("SOAPAction", action);
        }

        using var response = await client.SendAsync(message, cancellationToken);
        byte[] body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        string? contentType = response.Content.Headers.TryGetValues("Content-Type", out var types) ? string.Join(",", types) : null;
        string? allow = response.Content.Headers.Allow.Count > 0 ? string.Join(",", response.Content.Headers.Allow) : null;
        return ((int)response.StatusCode, contentType, allow, body);
    }
}
