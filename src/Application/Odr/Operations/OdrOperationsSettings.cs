using Nsp.Domain.Shared.Time;

namespace Nsp.Application.Odr.Operations;

/// <summary>The cleanup jobs' settings (<c>operations.properties</c>, then <c>cleanup.properties</c>), with the seed's
/// defaults.</summary>
public sealed class OdrOperationsSettings
{
    /// <summary><c>deletion.desired.execution.duration.deceased</c> (old key <c>deletion.desired.execution.duration</c>).</summary>
    public TimeSpan DeceasedMaxDuration { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary><c>deletion.save.deceased</c>: how long a death must have lasted before the data goes.</summary>
    public IsoPeriod DeceasedSavePeriod { get; init; } = IsoPeriod.FromMonths(12);

    /// <summary><c>deletion.batchsize.deceased</c>: CPRs walked per batch.</summary>
    public int DeceasedBatchSize { get; init; } = 1000;

    /// <summary><c>personinformation.batchsize.deceased</c>: CPRs per PersonInformation request.</summary>
    public int DeceasedPersonInformationBatchSize { get; init; } = 100;

    /// <summary><c>deletion.desired.execution.duration.emigrated</c>.</summary>
    public TimeSpan EmigratedMaxDuration { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary><c>deletion.batchsize.emigrated</c>.</summary>
    public int EmigratedBatchSize { get; init; } = 1000;

    /// <summary><c>personinformation.batchsize.emigrated</c>.</summary>
    public int EmigratedPersonInformationBatchSize { get; init; } = 1000;
}
