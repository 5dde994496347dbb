using System.Net;
using Nsp.Api.Shared.Soap;
using NSubstitute;

namespace Nsp.Tests.Integration.Shared.Soap;

/// <summary>SOAP 1.2 (as DROS speaks it): application/soap+xml, WS-Addressing required, faults in the 1.2 shape.</summary>
public sealed class Soap12GatewayTests : IAsyncLifetime
{
    private const string Path = "/probe/soap12";

    private SoapTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SoapTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_valid_call_is_answered_in_soap12_with_relates_to_and_the_response_action()
    {
        var answer = await CallAsync(SoapRequests.Envelope(SoapVersion.Soap12, _host.Sts.ValidSystemCard(), wsaAction: ProbeService.Action));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("application/soap+xml; charset=utf-8", answer.ContentType);
        Assert.Equal(SoapNamespaces.Soap12, answer.Document.DocumentElement?.NamespaceURI);
        Assert.Equal("ProbeResponse", answer.BodyElement?.LocalName);
        Assert.Equal(ProbeService.Action + "Response", answer.First(SoapNamespaces.Wsa, "Action"));
        Assert.Equal(SoapRequests.WsaMessageId, answer.First(SoapNamespaces.Wsa, "RelatesTo"));
        Assert.StartsWith("urn:uuid:", answer.First(SoapNamespaces.Wsa, "MessageID"), StringComparison.Ordinal);
        Assert.Equal(SoapRequests.MessageId, answer.First(SoapNamespaces.Medcom, "InResponseToMessageID"));
    }

    [Fact]
    public async Task Malformed_xml_is_a_sender_syntax_error_in_the_soap12_shape() =>
        await AssertFaultAsync(await PostAsync("<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\">"), SoapFaultCodes.SyntaxError, sender: true);

    [Fact]
    public async Task A_soap11_envelope_is_a_syntax_error() =>
        await AssertFaultAsync(await PostAsync(SoapRequests.Envelope(SoapVersion.Soap11, _host.Sts.ValidSystemCard(), wsaAction: ProbeService.Action)), SoapFaultCodes.SyntaxError, sender: true);

    [Fact]
    public async Task An_unknown_operation_is_a_syntax_error() =>
        await AssertFaultAsync(
            await PostAsync(SoapRequests.Envelope(SoapVersion.Soap12, _host.Sts.ValidSystemCard(), "<x:Unknown xmlns:x=\"urn:x\"/>", wsaAction: ProbeService.Action)),
            SoapFaultCodes.SyntaxError,
            sender: true);

    [Fact]
    public async Task An_action_parameter_naming_another_operation_is_a_syntax_error() =>
        await AssertFaultAsync(
            await PostAsync(SoapRequests.Envelope(SoapVersion.Soap12, _host.Sts.ValidSystemCard(), wsaAction: ProbeService.Action), action: ProbeService.DomAction),
            SoapFaultCodes.SyntaxError,
            sender: true);

    [Fact]
    public async Task A_missing_wsa_action_is_a_missing_required_header() =>
        await AssertFaultAsync(await PostAsync(SoapRequests.Envelope(SoapVersion.Soap12, _host.Sts.ValidSystemCard())), SoapFaultCodes.MissingRequiredHeader, sender: true);

    [Fact]
    public async Task No_security_header_is_a_missing_required_header() =>
        await AssertFaultAsync(await PostAsync(SoapRequests.Envelope(SoapVersion.Soap12, card: null, wsaAction: ProbeService.Action)), SoapFaultCodes.MissingRequiredHeader, sender: true);

    [Fact]
    public async Task An_expired_card_is_expired_idcard() =>
        await AssertFaultAsync(await PostAsync(SoapRequests.Envelope(SoapVersion.Soap12, _host.Sts.Expired(), wsaAction: ProbeService.Action)), SoapFaultCodes.ExpiredIdCard, sender: true);

    [Fact]
    public async Task A_caller_not_whitelisted_is_not_authorized()
    {
        _host.Whitelist.RefusalAsync(default!, default!, default!, default)
            .ReturnsForAnyArgs(Task.FromResult<string?>("CVR 25450442 is not whitelisted for Echo."));

        var answer = await AssertFaultAsync(
            await PostAsync(SoapRequests.Envelope(SoapVersion.Soap12, _host.Sts.ValidSystemCard(), SoapRequests.ProbeBody("mediator"), wsaAction: ProbeService.Action)),
            SoapFaultCodes.NotAuthorized,
            sender: true);

        Assert.Equal("CVR 25450442 is not whitelisted for Echo.", answer.FaultString);
    }

    [Fact]
    public async Task An_internal_error_is_a_receiver_processing_problem() =>
        await AssertFaultAsync(
            await PostAsync(SoapRequests.Envelope(SoapVersion.Soap12, _host.Sts.ValidSystemCard(), SoapRequests.ProbeBody("internal"), wsaAction: ProbeService.Action)),
            SoapFaultCodes.ProcessingProblem,
            sender: false);

    private async Task<HttpResponseMessage> PostAsync(string envelope, string? action = ProbeService.Action)
    {
        using var request = SoapRequests.Post(Path, envelope, SoapVersion.Soap12, action);
        return await _host.Client.SendAsync(request);
    }

    private async Task<SoapAnswer> CallAsync(string envelope)
    {
        using var response = await PostAsync(envelope);
        return await SoapAnswer.ReadAsync(response);
    }

    private async Task<SoapAnswer> AssertFaultAsync(HttpResponseMessage response, string faultCode, bool sender)
    {
        using (response)
        {
            var answer = await SoapAnswer.ReadAsync(response);
            Assert.Equal(HttpStatusCode.InternalServerError, answer.Status);
            Assert.Equal("application/soap+xml; charset=utf-8", answer.ContentType);
            Assert.Equal(SoapNamespaces.Soap12, answer.Document.DocumentElement?.NamespaceURI);
            Assert.Equal(faultCode, answer.FaultCode);
            Assert.Equal(sender ? "soap:Sender" : "soap:Receiver", answer.FaultSide);
            var text = (System.Xml.XmlElement)answer.Document.GetElementsByTagName("Text", SoapNamespaces.Soap12)[0]!;
            Assert.Equal("en", text.GetAttribute("lang", SoapNamespaces.Xml));
            Assert.NotNull(answer.Document.GetElementsByTagName("Detail", SoapNamespaces.Soap12)[0]);
            Assert.Contains("\"code\":500", Assert.Single(_host.Audit.Lines), StringComparison.Ordinal);
            return answer;
        }
    }
}
