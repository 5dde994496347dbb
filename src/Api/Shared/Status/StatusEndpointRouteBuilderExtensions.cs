using System.Diagnostics;
using System.Reflection;
using Nsp.Api.Shared.Hosting;
using Nsp.Application.Shared.Status;

namespace Nsp.Api.Shared.Status;

/// <summary>Maps the seeds' status, alarm and version pages (GET). Each page runs its checks per request, together;
/// a module chooses the checks, typically keyed services of its own (e.g. its <c>DatabaseStatusCheck</c>). The pages
/// are open unless mapped in an operations part (<c>MapOperationsPart</c>, ADR 0027): load balancers probe the public
/// services' <c>/status</c>.</summary>
public static class StatusEndpointRouteBuilderExtensions
{
    private const string LogCategory = "Nsp.Api.Shared.Status.StatusPages";

    private static readonly Lazy<BuildInfo> EntryBuild = new(() => BuildInfo.FromAssembly(
        Assembly.GetEntryAssembly() ?? typeof(StatusEndpointRouteBuilderExtensions).Assembly,
        new DateTimeOffset(Process.GetCurrentProcess().StartTime.ToUniversalTime(), TimeSpan.Zero)));

    /// <summary>A job's status page: 200 <c>Database: OK</c> / 500 <c>Database: Unavailable</c>
    /// (ODR: <paramref name="separator"/> = <see cref="JobStatusPage.OdrSeparator"/>).</summary>
    public static IEndpointConventionBuilder MapJobStatusPage(
        this IEndpointRouteBuilder endpoints, string pattern, Func<IServiceProvider, IStatusCheck> database, string separator = JobStatusPage.DefaultSeparator)
    {
        ArgumentNullException.ThrowIfNull(database);
        return endpoints.MapGet(pattern, async (HttpContext context) =>
        {
            var result = await StatusChecks.RunOneAsync(database(context.RequestServices), Logger(context), context.RequestAborted);
            await JobStatusPage.Render(result, separator).WithEmbeddedDefaultLine(context.RequestServices).WriteAsync(context);
        });
    }

    /// <summary>An alarm page: empty 200, or 500 with one line per failing check.</summary>
    public static IEndpointConventionBuilder MapAlarmPage(
        this IEndpointRouteBuilder endpoints, string pattern, Func<IServiceProvider, IEnumerable<IStatusCheck>> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        return endpoints.MapGet(pattern, async (HttpContext context) =>
        {
            var results = await StatusChecks.RunAsync(checks(context.RequestServices), Logger(context), context.RequestAborted);
            await AlarmPage.Render(results).WriteAsync(context);
        });
    }

    /// <summary>ODR's deployment page, titled with the deployable's name; 500 when a datasource fails.</summary>
    public static IEndpointConventionBuilder MapDeploymentStatusPage(
        this IEndpointRouteBuilder endpoints, string pattern, string title, Func<IServiceProvider, IEnumerable<IStatusCheck>> datasources)
    {
        ArgumentNullException.ThrowIfNull(datasources);
        return endpoints.MapGet(pattern, async (HttpContext context) =>
        {
            var services = context.RequestServices;
            var results = await StatusChecks.RunAsync(datasources(services), Logger(context), context.RequestAborted);
            var now = (services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
            await DeploymentStatusPage.Render(title, Build(services), now, results).WithEmbeddedDefaultLine(services).WriteAsync(context);
        });
    }

    /// <summary>A service's status page: <c>Name: OK</c> / <c>Name: &lt;detail&gt;</c> lines; 200, or
    /// <paramref name="failureStatusCode"/> when one of <paramref name="checks"/> fails. <paramref name="informational"/>
    /// checks (job states) are shown but do not decide the code.</summary>
    public static IEndpointConventionBuilder MapServiceStatusPage(
        this IEndpointRouteBuilder endpoints,
        string pattern,
        Func<IServiceProvider, IEnumerable<IStatusCheck>> checks,
        int failureStatusCode = StatusCodes.Status503ServiceUnavailable,
        Func<IServiceProvider, IEnumerable<IStatusCheck>>? informational = null)
    {
        ArgumentNullException.ThrowIfNull(checks);
        return endpoints.MapGet(pattern, async (HttpContext context) =>
        {
            var services = context.RequestServices;
            var deciding = StatusChecks.RunAsync(checks(services), Logger(context), context.RequestAborted);
            var shown = StatusChecks.RunAsync(informational?.Invoke(services) ?? [], Logger(context), context.RequestAborted);
            await ServiceStatusPage.Render(await deciding, await shown, failureStatusCode).WithEmbeddedDefaultLine(services).WriteAsync(context);
        });
    }

    /// <summary>The version page, from the registered <see cref="BuildInfo"/> (or the entry assembly's).</summary>
    public static IEndpointConventionBuilder MapVersionPage(this IEndpointRouteBuilder endpoints, string pattern) =>
        endpoints.MapGet(pattern, (HttpContext context) => VersionPage.Render(Build(context.RequestServices)).WriteAsync(context));

    private static ILogger Logger(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(LogCategory);

    private static BuildInfo Build(IServiceProvider services) => services.GetService<BuildInfo>() ?? EntryBuild.Value;
}
