using System.Net;
using Nsp.Api.Shared.Soap;
using Nsp.Application.Shared.Security;

namespace Nsp.Tests.Integration.Shared.Soap;

public sealed class SoapGatewayTests : IAsyncLifetime
{
    private SoapTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SoapTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_valid_call_returns_the_handlers_answer_with_the_linking_echoed()
    {
        var answer = await CallAsync(SoapRequests.Envelope(SoapVersion.Soap11, _host.Sts.ValidSystemCard()));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("text/xml; charset=utf-8", answer.ContentType);
        Assert.Equal("ProbeResponse", answer.BodyElement?.LocalName);
        Assert.Equal("echo 0101801234 for 25450442", answer.First(ProbeService.Namespace, "answer"));
        Assert.Equal(SoapRequests.FlowId, answer.First(SoapNamespaces.Medcom, "FlowID"));
        Assert.Equal(SoapRequests.MessageId, answer.First(SoapNamespaces.Medcom, "InResponseToMessageID"));
        string? messageId = answer.First(SoapNamespaces.Medcom, "MessageID");
        Assert.False(string.IsNullOrEmpty(messageId));
        Assert.NotEqual(SoapRequests.MessageId, messageId);
        Assert.Equal("flow_finalized_succesfully", answer.First(SoapNamespaces.Medcom, "FlowStatus"));
        Assert.Equal(1, _host.Probe.Calls);
    }

    [Fact]
    public async Task The_handler_gets_the_verified_caller_and_the_header_values()
    {
        await CallAsync(SoapRequests.Envelope(SoapVersion.Soap11, _host.Sts.ValidSystemCard()));

        var call = Assert.IsType<SoapCall>(_host.Probe.LastCall);
        Assert.Equal(CallerKind.SystemCard, call.Security?.Kind);
        Assert.Equal("Testsystem", call.Security?.ItSystemName);
        Assert.Equal(new SoapHeaderValues(SoapRequests.FlowId, SoapRequests.MessageId, "TEST1-NSP-STS", "25450442"), call.Headers);
        Assert.Equal(ProbeService.RequestElement, call.Operation);
        Assert.Equal(SoapVersion.Soap11, call.Version);
    }

    [Fact]
    public async Task A_successful_call_is_audited_with_card_attributes_soap_headers_and_the_mediators_components()
    {
        var answer = await CallAsync(SoapRequests.Envelope(SoapVersion.Soap11, _host.Sts.ValidSystemCard(), SoapRequests.ProbeBody("mediator")));

        Assert.Equal("echo 0101801234", answer.First(ProbeService.Namespace, "answer"));
        string line = Assert.Single(_host.Audit.Lines);
        Assert.Contains("\"category\":\"dk.sds.nsp.audit.log.probe\"", line, StringComparison.Ordinal);
        Assert.Contains("\"code\":200", line, StringComparison.Ordinal);
        Assert.Contains("\"component\":\"ECHO\"", line, StringComparison.Ordinal);
        Assert.Contains("\"medcom:CareProviderID\":\"25450442\"", line, StringComparison.Ordinal);
        Assert.Contains("\"soapHeaders\":{\"FlowID\":\"flow-1\",\"Issuer\":\"TEST1-NSP-STS\",\"MessageID\":\"message-1\",\"NameID\":\"25450442\"}", line, StringComparison.Ordinal);
        Assert.Contains("\"requestReadDuration\":", line, StringComparison.Ordinal);
        Assert.Contains("\"securityDuration\":", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_card_reused_for_two_calls_is_verified_once()
    {
        var card = _host.Sts.ValidSystemCard();

        var first = await CallAsync(SoapRequests.Envelope(SoapVersion.Soap11, card));
        var second = await CallAsync(SoapRequests.Envelope(SoapVersion.Soap11, card));

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(2, _host.Probe.Calls);
        Assert.Equal(1, _host.Verifier.SignatureVerifications);
    }

    [Fact]
    public async Task An_endpoint_without_security_serves_a_call_without_a_card_and_without_a_security_context()
    {
        var answer = await CallAsync(SoapRequests.Envelope(SoapVersion.Soap11, card: null), "/probe/open", action: null);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("echo 0101801234 for anonymous", answer.First(ProbeService.Namespace, "answer"));
        Assert.Null(_host.Probe.LastCall?.Security);
    }

    [Fact]
    public async Task A_handler_may_answer_with_an_xml_element()
    {
        string body = $"<p:DomRequest xmlns:p=\"{ProbeService.Namespace}\">hello</p:DomRequest>";

        var answer = await CallAsync(SoapRequests.Envelope(SoapVersion.Soap11, card: null, body), "/probe/open", action: null);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("DomResponse", answer.BodyElement?.LocalName);
        Assert.Equal(ProbeService.Namespace, answer.BodyElement?.NamespaceURI);
        Assert.Equal("dom hello", answer.BodyElement?.InnerText);
    }

    [Fact]
    public async Task A_soap_action_is_optional_but_an_empty_one_is_accepted()
    {
        var withoutAction = await CallAsync(SoapRequests.Envelope(SoapVersion.Soap11, _host.Sts.ValidSystemCard()), action: null);
        var emptyAction = await CallAsync(SoapRequests.Envelope(SoapVersion.Soap11, _host.Sts.ValidSystemCard()), action: string.Empty);

        Assert.Equal(HttpStatusCode.OK, withoutAction.Status);
        Assert.Equal(HttpStatusCode.OK, emptyAction.Status);
    }

    private async Task<SoapAnswer> CallAsync(string envelope, string path = "/probe/soap11", string? action = ProbeService.Action)
    {
        using var request = SoapRequests.Post(path, envelope, SoapVersion.Soap11, action);
        using var response = await _host.Client.SendAsync(request);
        return await SoapAnswer.ReadAsync(response);
    }
}
