using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Nsp.Application.Shared.Health;
using Nsp.Application.Shared.MinLog;
using Nsp.Infrastructure.Shared.Http;

namespace Nsp.Infrastructure.MinLog.Registration.Remote;

/// <summary>Registration when MinLog runs elsewhere: one AddRegistrations call per batch to
/// <c>minlog.registration.url</c>, signed with the installation's system card (<see cref="ICallerIdCardSource"/>),
/// over the pooled outbound client (timeouts, error window; POST is never retried by the handler, the job's next run
/// re-sends). Every entry must come back added (a repeated regKode counts as added), else the batch fails and the
/// outbox keeps its rows.</summary>
public sealed class HttpMinLogRegistration : OutboundHttpClient, IMinLogRegistration
{
    public const string ClientName = "minlog-registration";

    private readonly Uri _url;
    private readonly ICallerIdCardSource _card;

    public HttpMinLogRegistration(
        HttpClient httpClient, DependencyErrorWindow errorWindow, Uri url, ICallerIdCardSource card, ILogger<HttpMinLogRegistration> logger)
        : base("MinLog registration", httpClient, errorWindow, logger)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(card);
        _url = url;
        _card = card;
    }

    public async Task RegisterAsync(IReadOnlyList<MinLogEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return;
        }

        string assertion = await _card.SignedAssertionAsync(cancellationToken);
        string envelope = MinLogRegistrationEnvelope.Build(assertion, entries, Guid.NewGuid().ToString("N"));
        var (added, failed, faults) = await SendAsync(
            () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Post, _url)
                {
                    Content = new StringContent(envelope, Encoding.UTF8, "text/xml"),
                };
                request.Headers.TryAddWithoutValidation("SOAPAction", "\"" + MinLog2Wire.SoapAction + "\"");
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/xml"));
                return request;
            },
            async (response, ct) => MinLogRegistrationEnvelope.ReadResponse(await response.Content.ReadAsStringAsync(ct)),
            cancellationToken);

        if (failed > 0 || added != entries.Count)
        {
            // Fault texts name the entry and rule, never a value.
            throw new MinLogRegistrationRefusedException(string.Create(
                CultureInfo.InvariantCulture,
                $"MinLog registration added {added} of {entries.Count} entries; failed: {string.Join("; ", faults.Take(5))}"));
        }
    }

    protected override Exception CreateUnavailableException(DependencyFailureKind reason, string message, Exception? innerException) =>
        new MinLogRegistrationRefusedException(message, innerException);
}
