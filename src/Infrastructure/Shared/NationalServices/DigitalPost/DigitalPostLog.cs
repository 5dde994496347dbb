using Microsoft.Extensions.Logging;

namespace Nsp.Infrastructure.Shared.NationalServices.DigitalPost;

/// <summary>Source-generated log messages of the Digital Post adapters. Message ids and templates only: never a CPR.</summary>
internal static partial class DigitalPostLog
{
    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "Digital Post letter {MessageId} ({Template}) recorded in the letters file")]
    public static partial void Recorded(ILogger logger, Guid messageId, string template);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Information, Message = "Digital Post letter {MessageId} is already in the letters file; not written again")]
    public static partial void AlreadyRecorded(ILogger logger, Guid messageId);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Warning, Message = "Digital Post letters file could not be used ({Reason})")]
    public static partial void FileFailed(ILogger logger, Nsp.Application.Shared.Health.DependencyFailureKind reason, Exception? exception);
}
