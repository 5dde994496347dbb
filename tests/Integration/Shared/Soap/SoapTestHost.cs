using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Api.Shared.Audit;
using Nsp.Api.Shared.Security;
using Nsp.Api.Shared.Soap;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Pipeline;
using Nsp.Infrastructure.Shared.Audit;
using Nsp.Tests.Integration.Shared.Audit;
using Nsp.Tests.Integration.Shared.Sts;
using NSubstitute;

namespace Nsp.Tests.Integration.Shared.Soap;

/// <summary>An in-process host with the audit middleware and the probe's SOAP endpoints: <c>/probe/soap11</c> (DGWS,
/// WSDL published), <c>/probe/soap12</c> (SOAP 1.2, DGWS, WS-Addressing required), <c>/probe/small</c> (an 8 KiB
/// limit), <c>/probe/open</c> (no ID card; also an operation answering an XmlElement) and <c>/probe/idws</c> (IDWS). Cards come from <see cref="TestSts"/>,
/// whose certificate the verifier trusts.</summary>
public sealed class SoapTestHost : IAsyncDisposable
{
    public const string AuditCategory = "dk.sds.nsp.audit.log.probe";
    public const int SmallLimit = 8192;

    private readonly WebApplication _app;

    private SoapTestHost(WebApplication app, ManualTimeProvider clock, ProbeService probe, RecordingAuditSink audit, IWhitelistAuthority whitelist)
    {
        _app = app;
        Clock = clock;
        Sts = new TestSts(clock);
        Probe = probe;
        Audit = audit;
        Whitelist = whitelist;
        Client = app.GetTestClient();
    }

    public ManualTimeProvider Clock { get; }

    public TestSts Sts { get; }

    public HttpClient Client { get; }

    public ProbeService Probe { get; }

    public RecordingAuditSink Audit { get; }

    /// <summary>IDSAS's whitelist as the probe's MediatR command sees it; lets everyone through unless a test says otherwise.</summary>
    public IWhitelistAuthority Whitelist { get; }

    public IdCardVerifier Verifier => _app.Services.GetRequiredService<IdCardVerifier>();

    public static async Task<SoapTestHost> StartAsync()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
        var probe = new ProbeService();
        var sink = new RecordingAuditSink();
        var whitelist = Substitute.For<IWhitelistAuthority>();
        whitelist.RefusalAsync(default!, default!, default!, default).ReturnsForAnyArgs(Task.FromResult<string?>(null));

        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddNspApplication(typeof(SoapTestHost).Assembly);
        builder.Services.AddSingleton<IAuditLogWriter, AuditLogWriter>();
        builder.Services.AddSingleton<IAuditSink>(sink);
        builder.Services.AddKeyedSingleton(NspService.Idsas, whitelist);
        builder.Services.AddSingleton(new IdCardVerifier(TestSts.Trust(), clock, TimeSpan.FromMinutes(5)));
        builder.Services.AddSoapGateway(builder.Configuration);
        var app = builder.Build();
        app.UseRouting();
        app.UseNspAudit();
        MapProbe(app, probe);
        await app.StartAsync();
        return new SoapTestHost(app, clock, probe, sink, whitelist);
    }

    private static void MapProbe(IEndpointRouteBuilder endpoints, ProbeService probe)
    {
        var contract = typeof(SoapTestHost).Assembly;
        endpoints.MapSoapEndpoint("/probe/soap11", soap => soap
            .Version(SoapVersion.Soap11)
            .Security(SoapSecurity.Dgws)
            .Audit(AuditCategory)
            .Wsdl(contract, "probe.wsdl", "/probe/wsdl/dgws")
            .Xsd(contract, "probe.xsd")
            .Xsd(contract, "probe-types.xsd", extraPaths: "/probe/wsdl/probe-types.xsd")
            .Operation(ProbeService.RequestElement, ProbeService.Action, IdCardRequirements.SystemLevel3, probe.HandleAsync)
            .Operation(ProbeService.DomRequestElement, ProbeService.DomAction, IdCardRequirements.SystemLevel3, probe.HandleDomAsync));
        endpoints.MapSoapEndpoint("/probe/soap12", soap => soap
            .Version(SoapVersion.Soap12)
            .Security(SoapSecurity.Dgws)
            .RequireWsAddressing()
            .Audit(AuditCategory)
            .Operation(ProbeService.RequestElement, ProbeService.Action, IdCardRequirements.SystemLevel3, probe.HandleAsync)
            .Operation(ProbeService.DomRequestElement, ProbeService.DomAction, IdCardRequirements.SystemLevel3, probe.HandleDomAsync));
        endpoints.MapSoapEndpoint("/probe/small", soap => soap
            .MaxRequestBytes(SmallLimit)
            .Audit(AuditCategory)
            .Operation(ProbeService.RequestElement, ProbeService.Action, IdCardRequirements.SystemLevel3, probe.HandleAsync));
        endpoints.MapSoapEndpoint("/probe/open", soap => soap
            .Security(SoapSecurity.None)
            .Audit(AuditCategory)
            .Operation(ProbeService.RequestElement, null, default, probe.HandleAsync)
            .Operation(ProbeService.DomRequestElement, null, default, probe.HandleDomAsync));
        endpoints.MapSoapEndpoint("/probe/one-at-a-time", soap => soap
            .Security(SoapSecurity.None)
            .MaxConcurrentRequests(1)
            .Operation(ProbeService.RequestElement, null, default, probe.HandleAsync));
        endpoints.MapSoapEndpoint("/probe/idws", soap => soap
            .Security(SoapSecurity.Idws)
            .Audit(AuditCategory)
            .Operation(ProbeService.RequestElement, ProbeService.Action, IdCardRequirements.AnyCard(3), probe.HandleAsync));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
