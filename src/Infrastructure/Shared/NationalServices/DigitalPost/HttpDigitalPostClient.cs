using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Nsp.Application.Shared.Health;
using Nsp.Application.Shared.NationalServices.DigitalPost;
using Nsp.Infrastructure.Shared.Http;

namespace Nsp.Infrastructure.Shared.NationalServices.DigitalPost;

/// <summary>
/// SendDigitalPost over SOAP 1.1 (docs/digitalpost-http.md): one POST to <c>digitalpost.service.url</c> per letter,
/// never retried here, since a repeat could send a second letter; the caller retries with the same message id.
/// Every failure counts once in the <c>digitalpost.error.tolerance</c> / <c>.errorcount.duration</c> window.
/// </summary>
public sealed class HttpDigitalPostClient : OutboundHttpClient, IDigitalPostClient
{
    private static readonly MediaTypeHeaderValue SoapContentType = new("text/xml") { CharSet = "utf-8" };

    private readonly Uri _endpoint;

    public HttpDigitalPostClient(HttpClient httpClient, Uri endpoint, DependencyErrorWindow errorWindow, ILogger<HttpDigitalPostClient> logger)
        : base("Digital Post", httpClient, errorWindow, logger)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        _endpoint = endpoint;
    }

    public Task<DigitalPostReceipt> SendAsync(DigitalPostLetter letter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(letter);

        // Built before sending: a letter XML cannot carry is the caller's error, not the service's.
        var body = DigitalPostSoap.WriteRequest(letter);
        return SendAsync(
            () =>
            {
                // The URL is the endpoint itself (…/send), not a base to append to.
                var request = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = SoapContentType;
                request.Headers.TryAddWithoutValidation("SOAPAction", DigitalPostSoap.SoapAction);
                return request;
            },
            async (response, ct) =>
            {
                var stream = await response.Content.ReadAsStreamAsync(ct);
                await using (stream)
                {
                    return DigitalPostSoap.ReadResponse(stream, letter.MessageId);
                }
            },
            cancellationToken);
    }

    protected override Exception CreateUnavailableException(DependencyFailureKind reason, string message, Exception? innerException) =>
        new DigitalPostUnavailableException(reason, message, innerException);
}
