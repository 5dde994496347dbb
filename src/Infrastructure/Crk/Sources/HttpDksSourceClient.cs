using Microsoft.Extensions.Logging;
using Nsp.Application.Shared.Health;
using Nsp.Domain.Crk;
using Nsp.Infrastructure.Shared.Http;

namespace Nsp.Infrastructure.Crk.Sources;

/// <summary>Fetches one configId's DKS document over HTTP, through the shared outbound client (pool, timeouts, retries
/// of GET) and its error window.</summary>
public sealed class HttpDksSourceClient(string serviceName, HttpClient httpClient, DependencyErrorWindow errorWindow, ILogger logger)
    : OutboundHttpClient(serviceName, httpClient, errorWindow, logger)
{
    public Task<byte[]> FetchAsync(Uri url, CancellationToken cancellationToken) =>
        SendAsync(() => new HttpRequestMessage(HttpMethod.Get, url), ReadAsync, cancellationToken);

    protected override Exception CreateUnavailableException(DependencyFailureKind reason, string message, Exception? innerException) =>
        new CrkDefinitionException("the source is unreachable: " + message, innerException ?? new InvalidOperationException(reason.ToString()));

    private static async Task<byte[]> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > DksDocumentParser.MaxDocumentBytes)
        {
            throw new FormatException("The answer is larger than a DKS document can be.");
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > DksDocumentParser.MaxDocumentBytes)
            {
                throw new FormatException("The answer is larger than a DKS document can be.");
            }
        }

        return buffer.ToArray();
    }
}
