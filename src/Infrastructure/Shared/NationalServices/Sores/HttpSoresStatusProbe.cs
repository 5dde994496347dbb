using Microsoft.Extensions.Logging;
using Nsp.Application.Shared.Errors;
using Nsp.Application.Shared.Health;
using Nsp.Application.Shared.NationalServices.Sores;
using Nsp.Infrastructure.Shared.Http;

namespace Nsp.Infrastructure.Shared.NationalServices.Sores;

/// <summary>Probes <c>GET {soresclient.url}/status</c>: any 2xx answer is well; a transport failure, a timeout or
/// any other status counts as one failure in the window.</summary>
public sealed class HttpSoresStatusProbe : OutboundHttpClient, ISoresStatusProbe
{
    private static readonly Uri StatusPath = new("status", UriKind.Relative);

    public HttpSoresStatusProbe(HttpClient httpClient, DependencyErrorWindow errorWindow, ILogger<HttpSoresStatusProbe> logger)
        : base("SORES", httpClient, errorWindow, logger)
    {
    }

    public async Task<bool> ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await SendAsync(
                () => new HttpRequestMessage(HttpMethod.Get, StatusPath),
                (_, _) => Task.FromResult(true),
                cancellationToken);
        }
        catch (DependencyUnavailableException)
        {
            // Already counted and logged by the base class.
            return false;
        }
    }

    protected override Exception CreateUnavailableException(DependencyFailureKind reason, string message, Exception? innerException) =>
        new DependencyUnavailableException("SORES", message, innerException);
}
