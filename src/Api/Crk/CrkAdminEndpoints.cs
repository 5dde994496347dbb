using MediatR;
using Nsp.Api.Shared.Jobs;
using Nsp.Api.Shared.Operations;
using Nsp.Application.Crk;
using Nsp.Application.Crk.Admin;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Errors;

namespace Nsp.Api.Crk;

/// <summary>CRK's admin surface under <c>/crk/admin</c> (JSON over HTTP, ADR 0039): versions per configId, an
/// action's proxy override and active flag, the <c>override</c> rows, and a reload. Operations URLs (ADR 0027): only
/// callers in <c>nsp.operations.allowed.clients</c>, every call audited. A bad request answers 400 with the reason
/// and changes nothing; an unknown id 404.</summary>
public static class CrkAdminEndpoints
{
    public const string Base = "/crk/admin";

    private static readonly string[] ProxyOverrideFields = ["proxyOverride"];
    private static readonly string[] ActiveFields = ["active"];

    public static void MapCrkAdmin(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup(Base).OperationsOnly(auditEveryCall: true);

        admin.MapGet("/versions", (HttpContext http, string? configId) => RunAsync(http, async (mediator, ct) =>
        {
            var versions = await mediator.Send(new ListEndpointVersionsQuery(configId), ct);
            return Results.Json(versions.Select(v => new
            {
                id = v.Version.Id,
                configId = v.Version.ConfigId,
                version = v.Version.Version,
                name = v.Version.Name,
                url = v.Version.Url,
                externalTime = v.Version.ExternalTime,
                createdTime = v.Version.CreatedTime,
                lastModified = v.Version.LastModified,
                active = v.Version.Active,
                actions = v.Actions.Select(CrkAdminJson.Action),
            }));
        }));

        admin.MapPut("/actions/{id:long}/proxyoverride", (HttpContext http, long id) => RunAsync(http, async (mediator, ct) =>
        {
            var body = await CrkAdminJson.ReadObjectAsync(http.Request, ProxyOverrideFields);
            var action = await mediator.Send(new SetProxyOverrideCommand(id, CrkAdminJson.RequiredBool(body, "proxyOverride", nullable: true)), ct);
            return Results.Json(CrkAdminJson.Action(action));
        }));

        admin.MapPut("/actions/{id:long}/active", (HttpContext http, long id) => RunAsync(http, async (mediator, ct) =>
        {
            var body = await CrkAdminJson.ReadObjectAsync(http.Request, ActiveFields);
            var active = CrkAdminJson.RequiredBool(body, "active", nullable: false)!.Value;
            return Results.Json(CrkAdminJson.Action(await mediator.Send(new SetActionActiveCommand(id, active), ct)));
        }));

        // Typed as a route handler (not a RequestDelegate), so its IResult is written.
        admin.MapGet("/overrides", (Func<HttpContext, Task<IResult>>)(http => RunAsync(http, async (mediator, ct) =>
            Results.Json((await mediator.Send(new ListOverridesQuery(), ct)).Select(CrkAdminJson.Override)))));

        admin.MapPost("/overrides", (Func<HttpContext, Task<IResult>>)(http => RunAsync(http, async (mediator, ct) =>
        {
            var body = await CrkAdminJson.ReadObjectAsync(http.Request, CrkAdminJson.OverrideFieldNames);
            var row = await mediator.Send(new SaveOverrideCommand(null, CrkAdminJson.ReadOverride(body)), ct);
            return Results.Json(CrkAdminJson.Override(row), statusCode: StatusCodes.Status201Created);
        })));

        admin.MapPut("/overrides/{id:long}", (HttpContext http, long id) => RunAsync(http, async (mediator, ct) =>
        {
            var body = await CrkAdminJson.ReadObjectAsync(http.Request, CrkAdminJson.OverrideFieldNames);
            return Results.Json(CrkAdminJson.Override(await mediator.Send(new SaveOverrideCommand(id, CrkAdminJson.ReadOverride(body)), ct)));
        }));

        admin.MapDelete("/overrides/{id:long}", (HttpContext http, long id) => RunAsync(http, async (mediator, ct) =>
        {
            await mediator.Send(new DeleteOverrideCommand(id), ct);
            return Results.NoContent();
        }));

        admin.MapPost("/reload/{configId}", async (HttpContext http, string configId) =>
        {
            OperationsAccess.AuditEntry(http)?.Set(CrkAdminAudit.ConfigIdKey, AuditInformationType.NPI, configId);
            if (!http.RequestServices.GetRequiredService<CrkSettings>().Sources.ContainsKey(configId))
            {
                return Error(StatusCodes.Status404NotFound, $"No source is configured for the configId {configId}.");
            }

            var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CrkAdminEndpoints).FullName!);
            var result = await CrkReloads.RunAsync(http.RequestServices.GetRequiredService<IServiceScopeFactory>(), configId, logger, http.RequestAborted);
            OperationsAccess.AuditEntry(http)?.Set(OperationsAccess.OutcomeKey, AuditInformationType.NPI, JobTriggerPage.OutcomeText(result.Outcome));
            return Results.Json(
                new { job = result.Job, outcome = JobTriggerPage.OutcomeText(result.Outcome), processed = result.Processed },
                statusCode: JobTriggerPage.StatusCodeOf(result.Outcome));
        });
    }

    private static async Task<IResult> RunAsync(HttpContext http, Func<IMediator, CancellationToken, Task<IResult>> work)
    {
        OperationsAccess.AuditEntry(http);
        try
        {
            return await work(http.RequestServices.GetRequiredService<IMediator>(), http.RequestAborted);
        }
        catch (CrkAdminRequestException e)
        {
            return Refused(http, StatusCodes.Status400BadRequest, e.Message);
        }
        catch (RequestValidationException e)
        {
            return Refused(http, StatusCodes.Status400BadRequest, e.Message);
        }
        catch (CrkNotFoundException e)
        {
            return Refused(http, StatusCodes.Status404NotFound, e.Message);
        }
    }

    private static IResult Refused(HttpContext http, int statusCode, string reason)
    {
        OperationsAccess.AuditEntry(http)?.Set(OperationsAccess.OutcomeKey, AuditInformationType.NPI, OperationsAccess.RefusedOutcome);
        return Error(statusCode, reason);
    }

    private static IResult Error(int statusCode, string reason) => Results.Json(new { error = reason }, statusCode: statusCode);
}
