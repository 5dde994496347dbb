using Nsp.Application.Odr.Operations;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Health;
using Nsp.Application.Shared.Status;

namespace Nsp.Api.Odr.Operations;

/// <summary>The checks the operations' alarm pages share: a job's last run and ODR's PersonInformation window.</summary>
public static class OdrOperationsChecks
{
    /// <summary>The seed's <c>Baggrundsjobbet StackedOperationsService ...</c> line while the job's last run failed.</summary>
    public static IStatusCheck JobFailed(IServiceProvider services, string job) =>
        new JobStateCheck(job, NspService.Odr, job, services.GetRequiredService<IServiceScopeFactory>(), status => OdrOperationsTexts.JobFailed(status.LastError));

    /// <summary>ODR's PersonInformation error window (shared by both ODR parts, ADR 0032).</summary>
    public static IStatusCheck PersonInformation(IServiceProvider services) =>
        new DependencyWindowCheck(
            "PersonInformationHealthIndicator",
            services.GetRequiredKeyedService<DependencyErrorWindow>(OdrServiceKeys.PersonInformation),
            OdrOperationsTexts.PersonInformationFailing);
}
