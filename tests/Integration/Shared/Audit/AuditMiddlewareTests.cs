using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Api.Shared.Audit;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Errors;
using Nsp.Application.Shared.Pipeline;
using Nsp.Application.Shared.Security;
using Nsp.Infrastructure.Shared.Audit;
using NSubstitute;

namespace Nsp.Tests.Integration.Shared.Audit;

public sealed partial class AuditMiddlewareTests : IAsyncLifetime
{
    private readonly RecordingAuditSink _sink = new();
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2024, 6, 3, 10, 15, 30, 250, TimeSpan.Zero));
    private readonly IWhitelistAuthority _whitelist = Substitute.For<IWhitelistAuthority>();
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _whitelist.RefusalAsync(default!, default!, default!, default).ReturnsForAnyArgs(Task.FromResult<string?>(null));
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<TimeProvider>(_time);
        builder.Services.AddNspApplication(typeof(AuditMiddlewareTests).Assembly);
        builder.Services.AddSingleton<IAuditLogWriter, AuditLogWriter>();
        builder.Services.AddSingleton<IAuditSink>(_sink);
        builder.Services.AddKeyedSingleton(NspService.Idsas, _whitelist);
        _app = builder.Build();
        _app.UseRouting();
        _app.UseNspAudit();
        _app.MapPost("/probe/echo", EchoAsync).Audited("dk.sds.nsp.audit.log.probe");
        _app.MapGet("/probe/status", () => "OK");
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    [Fact]
    public async Task A_successful_call_writes_one_line_with_components_card_attributes_and_real_sizes()
    {
        using var response = await PostAsync("1111111118");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            """{"time":"2024-06-03T10:15:30.290Z","category":"dk.sds.nsp.audit.log.probe","audit":{"timestamp":"2024-06-03T12:15:30.250+02:00","components":[{"component":"ECHO","contexts":[{"context":"echo","information":[{"key":"patient-id","type":"RPI","value":"1111111118"},{"key":"answer","type":"NPI","value":"echo 1111111118"}]}]}]},"access":{"code":200,"duration":40,"httpHeaders":{"Content-Type":"text/xml; charset=utf-8","SOAPAction":"Echo"},"httpHost":"localhost","idCardAttributes":{"medcom:CareProviderID":"33257872","medcom:CareProviderName":"Sundhedsdatastyrelsen","medcom:ITSystemName":"Probe","sosi:AuthenticationLevel":"3","sosi:IDCardID":"card-1","sosi:IDCardType":"system","sosi:IDCardVersion":"1.0.1"},"method":"POST","path":"/probe/echo","query":"trace=1","port":80,"protocol":"http","reqSize":10,"resSize":15,"soapHeaders":{"FlowID":"flow-1","MessageID":"message-1"},"threadId":"#","time":"2024-06-03T12:15:30.250+02:00","stats":{"handlerDuration":40}}}""",
            ThreadIdPattern().Replace(Assert.Single(_sink.Lines), "\"threadId\":\"#\""));
    }

    [Fact]
    public async Task A_refused_call_is_audited_with_its_status_code_and_what_it_asked_for()
    {
        _whitelist.RefusalAsync(default!, default!, default!, default)
            .ReturnsForAnyArgs(Task.FromResult<string?>("CVR 33257872 is not whitelisted for Echo."));

        using var response = await PostAsync("1111111118");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(
            """{"time":"2024-06-03T10:15:30.250Z","category":"dk.sds.nsp.audit.log.probe","audit":{"timestamp":"2024-06-03T12:15:30.250+02:00","components":[{"component":"ECHO","contexts":[{"context":"echo","information":[{"key":"patient-id","type":"RPI","value":"1111111118"}]}]}]},"access":{"code":403,"duration":0,"httpHeaders":{"Content-Type":"text/xml; charset=utf-8","SOAPAction":"Echo"},"httpHost":"localhost","idCardAttributes":{"medcom:CareProviderID":"33257872","medcom:CareProviderName":"Sundhedsdatastyrelsen","medcom:ITSystemName":"Probe","sosi:AuthenticationLevel":"3","sosi:IDCardID":"card-1","sosi:IDCardType":"system","sosi:IDCardVersion":"1.0.1"},"method":"POST","path":"/probe/echo","query":"trace=1","port":80,"protocol":"http","reqSize":10,"resSize":41,"soapHeaders":{"FlowID":"flow-1","MessageID":"message-1"},"threadId":"#","time":"2024-06-03T12:15:30.250+02:00","stats":{}}}""",
            ThreadIdPattern().Replace(Assert.Single(_sink.Lines), "\"threadId\":\"#\""));
    }

    [Fact]
    public async Task A_call_that_fails_inside_is_audited_as_500_before_the_error_surfaces()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/probe/echo?explode=1")
        {
            Content = new StringContent("boom", Encoding.UTF8, "text/xml"),
        };

        await Assert.ThrowsAnyAsync<Exception>(() => _client.SendAsync(request));

        var line = Assert.Single(_sink.Lines);
        Assert.Contains("\"code\":500", line, StringComparison.Ordinal);
        Assert.Contains("\"query\":\"explode=1\"", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unaudited_endpoints_write_nothing()
    {
        using var response = await _client.GetAsync(new Uri("/probe/status", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_sink.Lines);
    }

    private async Task<HttpResponseMessage> PostAsync(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/probe/echo?trace=1")
        {
            Content = new StringContent(body, Encoding.UTF8, "text/xml"),
        };
        request.Headers.Add("SOAPAction", "Echo");
        return await _client.SendAsync(request);
    }

    private static async Task<IResult> EchoAsync(HttpContext context, IMediator mediator, ISecurityContextAccessor security)
    {
        if (context.Request.Query.ContainsKey("explode"))
        {
            throw new InvalidOperationException("the handler exploded");
        }

        // Stands in for the SOAP gateway: a verified system card.
        security.Set(new SecurityContext
        {
            Kind = CallerKind.SystemCard,
            CareProviderId = "33257872",
            CareProviderIdFormat = "medcom:cvrnumber",
            OrganisationName = "Sundhedsdatastyrelsen",
            ItSystemName = "Probe",
            AuthenticationLevel = 3,
            IdCardId = "card-1",
            IdCardType = "system",
            IdCardVersion = "1.0.1",
            UserCpr = "0101801234",
            SoapHeaders = new SoapHeaderValues(FlowId: "flow-1", MessageId: "message-1"),
        });
        using var reader = new StreamReader(context.Request.Body);
        var patientId = await reader.ReadToEndAsync();
        try
        {
            return Results.Text(await mediator.Send(new EchoCommand(patientId)));
        }
        catch (NotAuthorizedException refusal)
        {
            return Results.Text(refusal.Message, statusCode: StatusCodes.Status403Forbidden);
        }
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [GeneratedRegex("\"threadId\":\"[0-9]+\"")]
    private static partial Regex ThreadIdPattern();
}
