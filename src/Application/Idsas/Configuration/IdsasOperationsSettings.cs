using Nsp.Domain.Shared.Time;

namespace Nsp.Application.Idsas.Configuration;

/// <summary>The operations part's job settings (<c>idsas-operations.properties</c>), with the seed's defaults.</summary>
public sealed record IdsasOperationsSettings
{
    public const string DefaultTopic = "Idsas-Registration-Topic";

    /// <summary><c>idsas.cleanup.max.duration</c> (PT15S): each job's time budget, checked between batches.</summary>
    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary><c>idsas.cleanup.batch.size</c> (10000).</summary>
    public int BatchSize { get; init; } = 10000;

    /// <summary><c>idsas.cleanup.max.retention</c> (P5Y).</summary>
    public IsoPeriod MaxRetention { get; init; } = IsoPeriod.FromYears(5);

    /// <summary><c>idsas.cleanup.deceased.period</c> (P1Y).</summary>
    public IsoPeriod DeceasedPeriod { get; init; } = IsoPeriod.FromYears(1);

    /// <summary><c>idsas.cleanup.deceased.batch.size</c> (10000).</summary>
    public int DeceasedBatchSize { get; init; } = 10000;

    /// <summary><c>kafka.topic</c> (Idsas-Registration-Topic).</summary>
    public string KafkaTopic { get; init; } = DefaultTopic;

    /// <summary><c>kafka.poll.timeout</c> (1000 ms).</summary>
    public TimeSpan KafkaPollTimeout { get; init; } = TimeSpan.FromMilliseconds(1000);

    /// <summary>Messages per consumer batch (one transaction each); ours, as the seed has no key for it.</summary>
    public int KafkaBatchSize { get; init; } = 500;
}
