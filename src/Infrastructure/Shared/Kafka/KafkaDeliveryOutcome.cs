using Confluent.Kafka;

namespace Nsp.Infrastructure.Shared.Kafka;

/// <summary>Tells a failed delivery whose outcome is unknown (the broker may have written the message) from a
/// definite refusal. A timeout is unknown: a message reported <c>Local_MsgTimedOut</c> has been seen to arrive
/// later.</summary>
public static class KafkaDeliveryOutcome
{
    private static readonly HashSet<ErrorCode> UnknownOutcomeCodes =
    [
        ErrorCode.Local_MsgTimedOut,
        ErrorCode.Local_TimedOut,
        ErrorCode.Local_TimedOutQueue,
        ErrorCode.RequestTimedOut,
        ErrorCode.NotEnoughReplicasAfterAppend,
    ];

    /// <summary>True when the message may still arrive, so the caller must retry idempotently.</summary>
    public static bool IsUnknown(ErrorCode code, PersistenceStatus? status) =>
        UnknownOutcomeCodes.Contains(code) || status == PersistenceStatus.PossiblyPersisted;
}
