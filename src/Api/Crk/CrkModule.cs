using Microsoft.Extensions.DependencyInjection.Extensions;
using Nsp.Api.Shared.Dcc;
using Nsp.Api.Shared.Jobs;
using Nsp.Api.Shared.Modules;
using Nsp.Api.Shared.Operations;
using Nsp.Api.Shared.Status;
using Nsp.Application.Crk;
using Nsp.Application.Crk.Dcc;
using Nsp.Application.Crk.Reload;
using Nsp.Application.Crk.Sources;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Audit;
using Nsp.Infrastructure.Crk;
using Nsp.Infrastructure.Crk.Configuration;
using Nsp.Infrastructure.Crk.Persistence;
using Nsp.Infrastructure.Shared.Scheduling;

namespace Nsp.Api.Crk;

/// <summary>CRK: the versioned copy of external endpoint definitions that the DCC reads (seed 003, DESIGN 5.4, ADR
/// 0039). Reloads per configId (<c>/crk/reload/&lt;configId&gt;</c>, <c>/crk/reload</c> for all, Quartz, at start),
/// the DCC view per node (<c>/crk/dcc?node=</c>), the admin surface (<c>/crk/admin</c>), <c>/crk/status</c> and
/// <c>/crk/alarm</c>.</summary>
public sealed class CrkModule : IServiceModule
{
    public const string ReloadBase = "/crk/reload";
    public const string DccPath = "/crk/dcc";

    private const string XmlContentType = "text/xml; charset=utf-8";

    public string Name => "crk";

    public NspService Service => NspService.Crk;

    public IReadOnlyList<string> HandlerNamespaces => ["Nsp.Application.Crk"];

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        services.AddServiceStore<CrkDbContext>(context, NspService.Crk);
        services.AddCrk(context.Configuration, DksConfigDocument.Schema);
        services.TryAddSingleton<DksConfigCatalogue>();
        services.TryAddSingleton<ILocalDksDocuments, LocalDksDocuments>();

        var properties = CrkSettingsReader.Section(context.Configuration);
        var cron = properties.GetOptionalString(CrkPropertyKeys.ReloadCron);
        services.AddNspScheduler(CrkSettingsReader.Sources(context.Configuration).Keys.Select(configId =>
            new ScheduledJob(CrkJobNames.Reload(configId), cron, _ => new ReloadEndpointCommand(configId))
            {
                CronProperty = CrkPropertyKeys.ReloadCron,
                PropertyFile = CrkPropertyKeys.File + ".properties",
            }));
        if (properties.GetBool(CrkPropertyKeys.ReloadOnStart, true))
        {
            services.AddHostedService<CrkStartupReload>();
        }
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapJobStatusPage("/crk/status", sp => sp.DatabaseCheck(NspService.Crk));
        endpoints.MapAlarmPage("/crk/alarm", CrkAlarmChecks.For);

        var settings = endpoints.ServiceProvider.GetRequiredService<CrkSettings>();
        foreach (var configId in settings.ConfigIds)
        {
            endpoints.MapJobTrigger(ReloadBase + "/" + configId, _ => new ReloadEndpointCommand(configId));
        }

        endpoints.MapGet(ReloadBase, (HttpContext http) => ReloadAllAsync(http)).OperationsOnly(auditEveryCall: true);
        endpoints.MapGet(DccPath, async (HttpContext http, string? node) =>
        {
            var view = await http.RequestServices.GetRequiredService<MediatR.IMediator>().Send(new GetDccConfigurationQuery(string.IsNullOrWhiteSpace(node) ? null : node), http.RequestAborted);
            return Results.Bytes(CrkDccDocument.Render(view), XmlContentType);
        });
        endpoints.MapCrkAdmin();
    }

    /// <summary><c>GET /crk/reload</c>: every configId in turn, one line each; 500 when one failed, else 409 when one
    /// was already running, else 200.</summary>
    private static async Task ReloadAllAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var audit = OperationsAccess.AuditEntry(http);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger<CrkModule>();
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        var lines = new List<string>();
        var code = StatusCodes.Status200OK;
        foreach (var configId in services.GetRequiredService<CrkSettings>().ConfigIds)
        {
            var result = await CrkReloads.RunAsync(scopes, configId, logger, http.RequestAborted);
            lines.Add(JobTriggerPage.Describe(result));
            audit?.Set(CrkJobNames.Reload(configId), AuditInformationType.NPI, JobTriggerPage.OutcomeText(result.Outcome));
            var resultCode = JobTriggerPage.StatusCodeOf(result.Outcome);
            code = resultCode == StatusCodes.Status500InternalServerError || code == StatusCodes.Status500InternalServerError
                ? StatusCodes.Status500InternalServerError
                : Math.Max(code, resultCode);
        }

        await new StatusPage(code, string.Concat(lines.Select(l => l + "\n"))).WriteAsync(http);
    }
}
