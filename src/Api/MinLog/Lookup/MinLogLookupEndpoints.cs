using MediatR;
using Nsp.Api.Shared.Modules;
using Nsp.Api.Shared.Security;
using Nsp.Api.Shared.Soap;
using Nsp.Infrastructure.MinLog.Lookup;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Api.MinLog.Lookup;

/// <summary>ListLogStatements at <see cref="MinLogLookupContract.Path"/> (ADR 0038): DGWS cards of whitelisted
/// systems and citizens' IDWS tokens, both at level 3; who may read which log is the pipeline's access check.</summary>
public static class MinLogLookupEndpoints
{
    /// <summary>A request is well under 1 KB; <c>nsp.soap.max.request.bytes</c> in <c>minlog.properties</c> may change this.</summary>
    public const long DefaultMaxRequestBytes = 64 * 1024;

    public const string MaxConcurrentRequestsKey = "minlog.lookup.max.concurrent.requests";

    public static IServiceCollection AddMinLogLookupPart(this IServiceCollection services, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return services.AddMinLogLookup(context.Configuration);
    }

    public static IEndpointRouteBuilder MapMinLogLookup(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var assembly = typeof(MinLogLookupEndpoints).Assembly;
        var section = new PropertySection(endpoints.ServiceProvider.GetRequiredService<IConfiguration>(), MinLogLookupServiceCollectionExtensions.PropertyFile);
        endpoints.MapSoapEndpoint(MinLogLookupContract.Path, soap => soap
            .Version(SoapVersion.Soap11)
            .Security(SoapSecurity.DgwsOrIdws)
            .Audit(MinLogLookupContract.AuditCategory)
            .MaxRequestBytes(SoapParsingLimits.MaxRequestBytes(section, DefaultMaxRequestBytes))
            // Up to 1,000 entries an answer: held in memory until written (docs/benchmarks.md, finding 16).
            .MaxConcurrentRequests(SoapParsingLimits.MaxConcurrentRequests(section, MaxConcurrentRequestsKey))
            .Wsdl(assembly, MinLogLookupContract.Wsdl)
            .Xsd(assembly, MinLogLookupContract.Xsd)
            .Operation(
                MinLogLookupContract.RequestElement,
                MinLogLookupContract.Action,
                IdCardRequirements.AnyCard(3),
                async (call, ct) =>
                {
                    var query = ListLogStatementsRequestReader.Read(call.Body);
                    var result = await call.Services.GetRequiredService<IMediator>().Send(query, ct);
                    return ListLogStatementsResponseWriter.Write(result);
                }));
        return endpoints;
    }
}
