using Nsp.Application.Crk;

namespace Nsp.Api.Crk;

/// <summary>Reloads every configId once the process has started (<c>crk.reload.on.start</c>, default true), so the
/// DCC view is filled at once; failures land in each configId's job state and on <c>/crk/alarm</c>.</summary>
public sealed partial class CrkStartupReload(
    IHostApplicationLifetime lifetime, IServiceScopeFactory scopes, CrkSettings settings, ILogger<CrkStartupReload> logger) : IHostedService
{
    private Task _running = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // After start-up, when every part has mapped its pages (local: sources) and the server listens (http: ones).
        lifetime.ApplicationStarted.Register(() => _running = Task.Run(() => ReloadAllAsync(lifetime.ApplicationStopping), CancellationToken.None));
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await _running.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

    private async Task ReloadAllAsync(CancellationToken stopping)
    {
        foreach (var configId in settings.ConfigIds)
        {
            if (stopping.IsCancellationRequested)
            {
                return;
            }

            try
            {
                var result = await CrkReloads.RunAsync(scopes, configId, logger, stopping);
                LogReloaded(logger, configId, result.Outcome.ToString());
            }
            catch (OperationCanceledException)
            {
                return;
            }
#pragma warning disable CA1031 // Start-up goes on whatever one source does; the job state keeps the reason.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogFailed(logger, exception, configId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "CRK start-up reload of {ConfigId}: {Outcome}")]
    private static partial void LogReloaded(ILogger logger, string configId, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "CRK start-up reload of {ConfigId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string configId);
}
