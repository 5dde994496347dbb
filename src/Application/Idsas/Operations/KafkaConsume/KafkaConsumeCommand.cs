using Nsp.Application.Shared.Jobs;

namespace Nsp.Application.Idsas.Operations.KafkaConsume;

/// <summary>kafka-consume: drains the registration topic into the <c>blurring</c> table.</summary>
public sealed record KafkaConsumeCommand : IJobCommand, IIdsasRequest
{
    public string JobName => IdsasJobNames.KafkaConsume;
}
