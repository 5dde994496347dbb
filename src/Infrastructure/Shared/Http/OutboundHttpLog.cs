using Microsoft.Extensions.Logging;
using Nsp.Application.Shared.Health;

namespace Nsp.Infrastructure.Shared.Http;

/// <summary>Source-generated log messages for outbound calls (hot path). No URLs: paths can carry CPR numbers.</summary>
internal static partial class OutboundHttpLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "{Client} {Method} failed ({Reason}); {FailureCount} failures within the error window")]
    public static partial void CallFailed(ILogger logger, string client, string method, DependencyFailureKind reason, int failureCount, Exception? exception);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "{Client} {Method} attempt {Attempt} failed transiently; retrying in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string client, string method, int attempt, double delayMs);
}
