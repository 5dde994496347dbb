using Nsp.Application.Shared.Jobs;

namespace Nsp.Application.Odr.Operations.EmigratedCleanup;

/// <summary>OrganDonorEmigratedCleanup (<c>odr-slettejob/emigrated/start</c>): one slice of the emigrated cleanup.</summary>
public sealed record EmigratedCleanupCommand : IJobCommand, IOdrRequest
{
    public string JobName => OdrJobNames.EmigratedCleanup;
}
