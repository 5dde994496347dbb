using Nsp.Application.Shared;
using Nsp.Application.Shared.Jobs;

namespace Nsp.Tests.Integration.Shared.Scheduling;

/// <summary>A test-only job command run by the real <see cref="JobRunner"/>; its one batch waits at <see cref="JobGate"/>.</summary>
public sealed record GatedJobCommand(string JobName) : IJobCommand
{
    public NspService Service => NspService.MinLog;
}
