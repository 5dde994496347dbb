using Nsp.Application.Shared;
using Nsp.Application.Shared.Jobs;

namespace Nsp.Tests.Integration.Shared.Scheduling;

/// <summary>A test-only job command; its handler records each run in <see cref="ProbeJobRuns"/>.</summary>
public sealed record ProbeJobCommand(string JobName) : IJobCommand
{
    public NspService Service => NspService.MinLog;
}
