using Nsp.Application.Shared.Jobs;

namespace Nsp.Application.Odr.Operations.DeceasedCleanup;

/// <summary>OrganDonorDeceasedCleanup (<c>odr-slettejob/deceased/start</c>): one slice of the deceased cleanup.</summary>
public sealed record DeceasedCleanupCommand : IJobCommand, IOdrRequest
{
    public string JobName => OdrJobNames.DeceasedCleanup;
}
