using System.Xml;
using System.Xml.Linq;
using MediatR;
using Nsp.Api.Shared.Dcc;
using Nsp.Api.Shared.Security;
using Nsp.Api.Shared.Soap;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Api.Idsas.Soap;

/// <summary>What the four IDSAS parts share when mapping: the endpoint's common settings (SOAP 1.1, DGWS, audit
/// category, both contract XSDs), operations that send one MediatR request, and the DKS document per version.</summary>
internal static class IdsasSoapEndpoints
{
    public const string DccEndpointKey = "dcc.endpoint";

    private static readonly TimeSpan DccTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan IdCardMaxAge = TimeSpan.FromHours(24);

    /// <summary>IDSAS messages are about 5 KB; a part's own <c>nsp.soap.max.request.bytes</c> may change this.</summary>
    public const long DefaultMaxRequestBytes = 256 * 1024;

    public static SoapEndpointBuilder IdsasContract(this SoapEndpointBuilder soap, string wsdl, IEndpointRouteBuilder endpoints, string part)
    {
        var assembly = typeof(IdsasSoapEndpoints).Assembly;
        var section = new PropertySection(endpoints.ServiceProvider.GetRequiredService<IConfiguration>(), part);
        return soap.Version(SoapVersion.Soap11).Security(SoapSecurity.Dgws).Audit(IdsasSoapContract.AuditCategory)
            .MaxRequestBytes(SoapParsingLimits.MaxRequestBytes(section, DefaultMaxRequestBytes))
            .Wsdl(assembly, wsdl)
            .Xsd(assembly, IdsasSoapContract.Xsd20230601)
            .Xsd(assembly, IdsasSoapContract.Xsd20240124);
    }

    /// <summary>An operation for system cards (level 3) that maps the body to one request and its result back.</summary>
    public static SoapEndpointBuilder Send<TResult>(
        this SoapEndpointBuilder soap,
        string operation,
        string ns,
        Func<XmlElement, IRequest<TResult>> toRequest,
        Func<TResult, XElement> toResponse) =>
        soap.Operation(
            IdsasSoapContract.RequestElement(operation, ns),
            IdsasSoapContract.Action(operation, ns),
            IdCardRequirements.SystemLevel3,
            async (call, ct) =>
            {
                var result = await call.Services.GetRequiredService<IMediator>().Send(toRequest(call.Body), ct);
                return toResponse(result);
            });

    /// <summary>The part's DKS document at <paramref name="path"/>: <c>dcc.endpoint</c> from the part's property file
    /// plus <paramref name="servicePath"/>, one action per operation.</summary>
    public static void MapIdsasDksConfig(
        this IEndpointRouteBuilder endpoints, string part, string path, string servicePath, string name, DateTimeOffset externalTime, string ns, params string[] operations)
    {
        var configuration = endpoints.ServiceProvider.GetRequiredService<IConfiguration>();
        string dccEndpoint = new PropertySection(configuration, part).GetRequiredString(DccEndpointKey);
        var actions = operations.Select(o => new DccAction(IdsasSoapContract.Action(o, ns), DccTimeout, UseProxy: true, IdCardMaxAge)).ToArray();
        endpoints.MapDksConfig(path, DccEndpoint.At(dccEndpoint, servicePath, name, externalTime, actions));
    }
}
