using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Nsp.Application.Shared.Health;
using Polly.Timeout;

namespace Nsp.Infrastructure.Shared.Http;

/// <summary>
/// Base of the HTTP adapters for national services. <see cref="SendAsync{T}"/> sends one call (retries happen in
/// the handler pipeline), classifies its outcome and records it once in <see cref="ErrorWindow"/>: a failure after
/// the retries counts once; a success (including an answer such as 404 that the contract models) resets the
/// consecutive failures. The caller's own cancellation is neither a failure nor a success.
/// </summary>
public abstract class OutboundHttpClient
{
    private readonly ILogger _logger;

    protected OutboundHttpClient(string serviceName, HttpClient httpClient, DependencyErrorWindow errorWindow, ILogger logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(errorWindow);
        ArgumentNullException.ThrowIfNull(logger);
        ServiceName = serviceName;
        HttpClient = httpClient;
        ErrorWindow = errorWindow;
        _logger = logger;
    }

    public DependencyErrorWindow ErrorWindow { get; }

    protected string ServiceName { get; }

    protected HttpClient HttpClient { get; }

    /// <summary>
    /// Sends the request and hands a 2xx answer (or one with <paramref name="alsoAnswered"/>) to
    /// <paramref name="readAnswer"/>, which throws <see cref="JsonException"/> or <see cref="FormatException"/> for a
    /// malformed answer. Anything else becomes the adapter's exception via <see cref="CreateUnavailableException"/>.
    /// </summary>
    protected async Task<T> SendAsync<T>(
        Func<HttpRequestMessage> createRequest,
        Func<HttpResponseMessage, CancellationToken, Task<T>> readAnswer,
        CancellationToken cancellationToken,
        HttpStatusCode? alsoAnswered = null)
    {
        ArgumentNullException.ThrowIfNull(createRequest);
        ArgumentNullException.ThrowIfNull(readAnswer);

        using var request = createRequest();
        HttpResponseMessage response;
        try
        {
            response = await HttpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutRejectedException e)
        {
            throw Fail(request, DependencyFailureKind.Timeout, "it did not answer in time", e);
        }
        catch (OperationCanceledException e)
        {
            // HttpClient's overall timeout: cancelled although the caller did not cancel.
            throw Fail(request, DependencyFailureKind.Timeout, "it did not answer in time", e);
        }
        catch (HttpRequestException e)
        {
            throw Fail(request, DependencyFailureKind.Transport, "the connection failed", e);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (status >= 500)
            {
                throw Fail(request, DependencyFailureKind.ServerError, $"it answered HTTP {status}", null);
            }

            if (!response.IsSuccessStatusCode && response.StatusCode != alsoAnswered)
            {
                throw Fail(request, DependencyFailureKind.UnexpectedStatus, $"it answered HTTP {status}, which the contract does not allow", null);
            }

            T answer;
            try
            {
                answer = await readAnswer(response, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e) when (e is JsonException or FormatException)
            {
                throw Fail(request, DependencyFailureKind.Malformed, "its answer was malformed", e);
            }
            catch (Exception e) when (e is HttpRequestException or IOException)
            {
                throw Fail(request, DependencyFailureKind.Transport, "the connection failed while reading the answer", e);
            }

            ErrorWindow.RecordSuccess();
            return answer;
        }
    }

    /// <summary>The adapter's typed exception; the message is already free of URLs and server texts.</summary>
    protected abstract Exception CreateUnavailableException(DependencyFailureKind reason, string message, Exception? innerException);

    private Exception Fail(HttpRequestMessage request, DependencyFailureKind reason, string what, Exception? cause)
    {
        ErrorWindow.RecordFailure();
        OutboundHttpLog.CallFailed(_logger, ServiceName, request.Method.Method, reason, ErrorWindow.FailureCount, cause);
        return CreateUnavailableException(reason, $"{ServiceName} is unavailable: {what}.", cause);
    }
}
