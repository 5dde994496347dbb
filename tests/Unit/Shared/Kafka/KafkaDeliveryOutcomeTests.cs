using Confluent.Kafka;
using Nsp.Infrastructure.Shared.Kafka;

namespace Nsp.Tests.Unit.Shared.Kafka;

public sealed class KafkaDeliveryOutcomeTests
{
    [Theory]
    [InlineData(ErrorCode.Local_MsgTimedOut, PersistenceStatus.NotPersisted)]
    [InlineData(ErrorCode.Local_MsgTimedOut, PersistenceStatus.PossiblyPersisted)]
    [InlineData(ErrorCode.RequestTimedOut, PersistenceStatus.PossiblyPersisted)]
    [InlineData(ErrorCode.Local_Transport, PersistenceStatus.PossiblyPersisted)]
    public void A_timeout_or_a_possibly_written_message_is_an_unknown_outcome(ErrorCode code, PersistenceStatus status) =>
        Assert.True(KafkaDeliveryOutcome.IsUnknown(code, status));

    [Theory]
    [InlineData(ErrorCode.MsgSizeTooLarge)]
    [InlineData(ErrorCode.TopicAuthorizationFailed)]
    [InlineData(ErrorCode.Local_UnknownTopic)]
    [InlineData(ErrorCode.Local_QueueFull)]
    public void A_refusal_of_a_message_that_was_not_written_is_definite(ErrorCode code) =>
        Assert.False(KafkaDeliveryOutcome.IsUnknown(code, PersistenceStatus.NotPersisted));
}
