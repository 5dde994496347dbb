using Nsp.Application.Shared.Jobs;

namespace Nsp.Application.Shared.MinLog.Transfer;

/// <summary>Triggers <paramref name="Service"/>'s <c>minlog-transfer</c> job (HTTP GET or Quartz).</summary>
public sealed record TransferMinLogCommand(NspService Service) : IJobCommand
{
    public string JobName => MinLogTransferSettings.JobName;
}
