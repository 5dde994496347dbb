using System.Xml.Linq;
using AutoMapper;
using MediatR;
using Nsp.Api.Shared.Security;
using Nsp.Api.Shared.Soap;
using Nsp.Application.Odr.Registrations.CreateOrganDonorRegistration;
using Nsp.Application.Odr.Registrations.DeleteOrganDonorRegistration;
using Nsp.Application.Odr.Registrations.GetOrganDonorRegistration;
using Nsp.Application.Odr.Registrations.HasOrganDonorRegistration;
using Nsp.Application.Odr.Registrations.UpdateOrganDonorRegistration;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Api.Odr.Soap;

/// <summary>ODR's two SOAP endpoints (ADR 0033): <c>/odr/odr</c> for DGWS cards and IDWS citizen tokens, and
/// <c>/odr/odrAdmin</c> for DGWS cards with <c>Admin = true</c> on every request. Who may do what is the pipeline's
/// access check (ADR 0030), so both accept any card type at level 3 and let it refuse with the audit keys.</summary>
internal static class OdrSoapEndpoints
{
    /// <summary>ODR messages are about 2 KB; <c>nsp.soap.max.request.bytes</c> in <c>odr.properties</c> may change this.</summary>
    public const long DefaultMaxRequestBytes = 256 * 1024;

    private static readonly IdCardRequirements AnyCardLevel3 = IdCardRequirements.AnyCard(3);

    /// <summary><c>/odr/odr</c>: its DGWS WSDL at <c>?wsdl</c> and <paramref name="dgwsWsdlPath"/>, the IDWS editions at
    /// their own paths; every XSD reachable from each.</summary>
    public static SoapEndpointBuilder OdrService(
        this SoapEndpointBuilder soap, IEndpointRouteBuilder endpoints, string part, string dgwsWsdlPath, string idwsWsdlPath, string idwsStandardWsdlPath)
    {
        var assembly = typeof(OdrSoapEndpoints).Assembly;
        Common(soap, endpoints, part)
            .Security(SoapSecurity.DgwsOrIdws)
            .Wsdl(assembly, OdrSoapContract.DgwsWsdl, dgwsWsdlPath)
            .AlternateWsdl(assembly, OdrSoapContract.IdwsWsdl, idwsWsdlPath)
            .AlternateWsdl(assembly, OdrSoapContract.IdwsStandardWsdl, idwsStandardWsdlPath)
            .Xsd(assembly, OdrSoapContract.IdwsFaultXsd);
        foreach (string operation in OdrSoapContract.Operations)
        {
            var element = OdrSoapContract.RequestElement(operation);
            soap.Operation(element, OdrSoapContract.Action(operation), AnyCardLevel3, Handler(operation, admin: false))
                .ActionAliases(element, OdrSoapContract.WsdlOperation(operation), OdrSoapContract.Action(OdrSoapContract.WsdlOperation(operation)));
        }

        return soap;
    }

    /// <summary><c>/odr/odrAdmin</c>: DGWS only; the admin WSDL's actions (<c>...#Admin&lt;Operation&gt;</c>), and the
    /// operation's plain and versioned names as aliases.</summary>
    public static SoapEndpointBuilder OdrAdminService(this SoapEndpointBuilder soap, IEndpointRouteBuilder endpoints, string part)
    {
        Common(soap, endpoints, part).Security(SoapSecurity.Dgws).Wsdl(typeof(OdrSoapEndpoints).Assembly, OdrSoapContract.AdminWsdl);
        foreach (string operation in OdrSoapContract.Operations)
        {
            var element = OdrSoapContract.RequestElement(operation);
            soap.Operation(element, OdrSoapContract.AdminAction(operation), AnyCardLevel3, Handler(operation, admin: true))
                .ActionAliases(element, operation, OdrSoapContract.WsdlOperation(operation), OdrSoapContract.AdminAction(OdrSoapContract.WsdlOperation(operation)));
        }

        return soap;
    }

    private static SoapEndpointBuilder Common(SoapEndpointBuilder soap, IEndpointRouteBuilder endpoints, string part)
    {
        var assembly = typeof(OdrSoapEndpoints).Assembly;
        var section = new PropertySection(endpoints.ServiceProvider.GetRequiredService<IConfiguration>(), part);
        soap.Version(SoapVersion.Soap11).Audit(OdrSoapContract.AuditCategory)
            .MaxRequestBytes(SoapParsingLimits.MaxRequestBytes(section, DefaultMaxRequestBytes));
        foreach (string xsd in OdrSoapContract.Schemas)
        {
            soap.Xsd(assembly, xsd);
        }

        return soap;
    }

    private static Func<SoapCall, CancellationToken, Task<XElement>> Handler(string operation, bool admin) =>
        async (call, ct) =>
        {
            var request = OdrRequestReader.Read(call.Body);
            var mapper = call.Services.GetRequiredService<IMapper>();
            var mediator = call.Services.GetRequiredService<IMediator>();
            switch (operation)
            {
                case OdrSoapContract.CreateOrganDonorRegistration:
                    await mediator.Send(mapper.Map<CreateOrganDonorRegistrationCommand>(request) with { Admin = admin }, ct);
                    return OdrResponseWriter.Empty(operation);
                case OdrSoapContract.UpdateOrganDonorRegistration:
                    await mediator.Send(mapper.Map<UpdateOrganDonorRegistrationCommand>(request) with { Admin = admin }, ct);
                    return OdrResponseWriter.Empty(operation);
                case OdrSoapContract.DeleteOrganDonorRegistration:
                    await mediator.Send(mapper.Map<DeleteOrganDonorRegistrationCommand>(request) with { Admin = admin }, ct);
                    return OdrResponseWriter.Empty(operation);
                case OdrSoapContract.HasOrganDonorRegistration:
                    var has = await mediator.Send(mapper.Map<HasOrganDonorRegistrationQuery>(request) with { Admin = admin }, ct);
                    return OdrResponseWriter.Has(has.RegistrationExists);
                case OdrSoapContract.GetOrganDonorRegistration:
                    var get = await mediator.Send(mapper.Map<GetOrganDonorRegistrationQuery>(request) with { Admin = admin }, ct);
                    return OdrResponseWriter.Get(Document(get, mapper, call.Services.GetRequiredService<TimeProvider>()));
                default:
                    throw new InvalidOperationException($"{operation} is not an ODR operation.");
            }
        };

    /// <summary>The CDA document is built by hand (ADR 0031); only the registration itself is mapped.</summary>
    private static XElement Document(GetOrganDonorRegistrationResult result, IMapper mapper, TimeProvider time)
    {
        var active = result.Registration;
        var message = active is null ? null : mapper.Map<OrganDonorRegistrationMessage>(active);
        DateTimeOffset? registeredAt = active is null ? null : new DateTimeOffset(DateTime.SpecifyKind(active.RegisteredAt, DateTimeKind.Utc));
        return OrganDonorDocumentBuilder.Build(result.Cpr, message, registeredAt, Guid.NewGuid(), time.GetUtcNow());
    }
}
