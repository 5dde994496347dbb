using Nsp.Api.Odr.Soap;
using Nsp.Api.Shared.Dcc;
using Nsp.Api.Shared.Modules;
using Nsp.Api.Shared.Soap;
using Nsp.Api.Shared.Status;
using Nsp.Application.Shared;
using Nsp.Infrastructure.Odr;
using Nsp.Infrastructure.Odr.Configuration;
using Nsp.Infrastructure.Odr.Persistence;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Api.Odr;

/// <summary>ODR: the organ donor register's SOAP service (seed 001; ADR 0030, 0031, 0033).</summary>
public sealed class OdrModule : IServiceModule
{
    public const string ServicePath = "/odr/odr";
    public const string AdminPath = "/odr/odrAdmin";
    public const string WsdlPagePath = "/odr/wsdl";
    public const string DgwsWsdlPath = "/odr/wsdl/dgws";
    public const string IdwsWsdlPath = "/odr/wsdl/idws";
    public const string IdwsStandardWsdlPath = "/odr/wsdl/idws/standard";
    public const string DccEndpointKey = "dcc.endpoint";

    private static readonly TimeSpan DccTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan IdCardMaxAge = TimeSpan.FromHours(24);

    public string Name => "odr";

    public NspService Service => NspService.Odr;

    public IReadOnlyList<string> HandlerNamespaces => ["Nsp.Application.Odr.Registrations"];

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        services.AddServiceStore<OdrDbContext>(context, NspService.Odr);
        services.AddOdr(context.Configuration);
        services.AddOdrNationalServices(context.Configuration);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDeploymentStatusPage("/odr/status", Name, sp => [sp.DatabaseCheck(NspService.Odr)]);
        // The older page, answered like /status.
        endpoints.MapDeploymentStatusPage("/odr/isAlive", Name, sp => [sp.DatabaseCheck(NspService.Odr)]);
        endpoints.MapAlarmPage("/odr/alarm", sp => [OdrStatusChecks.PersonInformation(sp)]);

        endpoints.MapSoapEndpoint(ServicePath, soap => soap.OdrService(endpoints, Name, DgwsWsdlPath, IdwsWsdlPath, IdwsStandardWsdlPath));
        endpoints.MapSoapEndpoint(AdminPath, soap => soap.OdrAdminService(endpoints, Name));
        endpoints.MapOdrWsdlPage(WsdlPagePath, DgwsWsdlPath, IdwsWsdlPath, IdwsStandardWsdlPath);

        // The DCC configures the /odr/odr actions; the admin endpoint is the admin UI's own, outside the DCC.
        var configuration = endpoints.ServiceProvider.GetRequiredService<IConfiguration>();
        string dccEndpoint = new PropertySection(configuration, OdrPropertyKeys.OdrFile).GetRequiredString(DccEndpointKey);
        var actions = OdrSoapContract.Operations
            .Select(o => new DccAction(OdrSoapContract.Action(o), DccTimeout, UseProxy: true, IdCardMaxAge)).ToArray();
        endpoints.MapDksConfig("/odr/dksconfig", DccEndpoint.At(dccEndpoint, ServicePath, "odr-20180501", new DateTimeOffset(2018, 5, 1, 0, 0, 0, TimeSpan.Zero), actions));
    }
}
