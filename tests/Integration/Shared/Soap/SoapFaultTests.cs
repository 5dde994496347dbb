using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Nsp.Api.Shared.Soap;
using NSubstitute;

namespace Nsp.Tests.Integration.Shared.Soap;

/// <summary>Every refusal of a SOAP 1.1 call: the exact medcom:FaultCode, HTTP 500, no handler reached (except the
/// handler's own typed failures) and an audit line with code 500.</summary>
public sealed class SoapFaultTests : IAsyncLifetime
{
    private SoapTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SoapTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Malformed_xml_is_a_syntax_error() =>
        await AssertRefusedAsync(await PostAsync("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"), SoapFaultCodes.SyntaxError);

    [Fact]
    public async Task A_dtd_with_nested_entities_is_a_syntax_error_and_never_expanded()
    {
        const string billionLaughs =
            """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><p:ProbeRequest xmlns:p="urn:nsp:test:soap-probe:2026"><p:patientId>&lol3;</p:patientId><p:mode>echo</p:mode></p:ProbeRequest></soap:Body></soap:Envelope>
            """;

        var answer = await AssertRefusedAsync(await PostAsync(billionLaughs), SoapFaultCodes.SyntaxError);

        Assert.DoesNotContain("lollol", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_external_entity_is_a_syntax_error_and_never_resolved()
    {
        const string externalEntity =
            """
            <?xml version="1.0"?>
            <!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><p:ProbeRequest xmlns:p="urn:nsp:test:soap-probe:2026"><p:patientId>&xxe;</p:patientId><p:mode>echo</p:mode></p:ProbeRequest></soap:Body></soap:Envelope>
            """;

        var answer = await AssertRefusedAsync(await PostAsync(externalEntity), SoapFaultCodes.SyntaxError);

        Assert.DoesNotContain("root:", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_the_limit_by_content_length_is_a_syntax_error_naming_the_limit()
    {
        string envelope = SoapRequests.Envelope(SoapVersion.Soap11, _host.Sts.ValidSystemCard(), SoapRequests.ProbeBody() + new string(' ', SoapTestHost.SmallLimit));

        var answer = await AssertRefusedAsync(await PostAsync(envelope, "/probe/small"), SoapFaultCodes.SyntaxError);

        Assert.Contains("8192 bytes", answer.FaultString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_stopped_while_reading()
    {
        byte[] envelope = Encoding.UTF8.GetBytes(
            SoapRequests.Envelope(SoapVersion.Soap11, _host.Sts.ValidSystemCard(), SoapRequests.ProbeBody() + new string(' ', SoapTestHost.SmallLimit)));
        using var content = new UnknownLengthContent(envelope);
        using var request = SoapRequests.Post("/probe/small", content);
        using var response = await _host.Client.SendAsync(request);

        var answer = await AssertRefusedAsync(response, SoapFaultCodes.SyntaxError);

        Assert.Null(request.Content!.Headers.ContentLength);
        Assert.Contains("8192 bytes", answer.FaultString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_under_the_limit_passes_the_small_endpoint() =>
        Assert.Equal(HttpStatusCode.OK, (await SoapAnswer.ReadAsync(await PostAsync(
            SoapRequests.Envelope(SoapVersion.Soap11, _host.Sts.ValidSystemCard()), "/probe/small"))).Status);

    [Fact]
    public async Task A_soap12_envelope_sent_to_a_soap11_endpoint_is_a_syntax_error()
    {
        var answer = await AssertRefusedAsync(await PostAsync(SoapRequests.Envelope(SoapVersion.Soap12, _host.Sts.ValidSystemCard())), SoapFaultCodes.SyntaxError);

        Assert.Contains(SoapNamespaces.Soap11, answer.FaultString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_envelope_without_a_body_is_a_syntax_error() =>
        await AssertRefusedAsync(
            await PostAsync("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Header/></soap:Envelope>"),
            SoapFaultCodes.SyntaxError);

    [Fact]
    public async Task An_unknown_operation_is_a_syntax_error_naming_the_element()
    {
        string body = "<p:DeleteEverything xmlns:p=\"urn:nsp:test:soap-probe:2026\"/>";

        var answer = await AssertRefusedAsync(await PostAsync(SoapRequests.Envelope(SoapVersion.Soap11, _host.Sts.ValidSystemCard(), body)), SoapFaultCodes.SyntaxError);

        Assert.Contains("DeleteEverything", answer.FaultString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_soap_action_naming_another_operation_of_the_endpoint_is_a_syntax_error_naming_both()
    {
        var answer = await AssertRefusedAsync(
            await PostAsync(SoapRequests.Envelope(SoapVersion.Soap11, _host.Sts.ValidSystemCard()), action: ProbeService.DomAction),
            SoapFaultCodes.SyntaxError);

        Assert.Contains("names the operation Dom", answer.FaultString, StringComparison.Ordinal);
        Assert.Contains("request for Probe", answer.FaultString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bare_soap_action_naming_another_operation_is_a_syntax_error() =>
        await AssertRefusedAsync(
            await PostAsync(SoapRequests.Envelope(SoapVersion.Soap11, _host.Sts.ValidSystemCard()), action: "Dom"),
            SoapFaultCodes.SyntaxError);

    [Fact]
    public async Task A_wsa_action_naming_another_operation_is_a_syntax_error() =>
        await AssertRefusedAsync(
            await PostAsync(SoapRequests.Envelope(SoapVersion.Soap11, _host.Sts.ValidSystemCard(), wsaAction: ProbeService.DomAction)),
            SoapFaultCodes.SyntaxError);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("\"\"")]
    [InlineData(ProbeService.Action)]
    [InlineData("Probe")]
    [InlineData("urn:something:else#Unrelated")]
    public async Task A_soap_action_that_is_absent_empty_the_wsdls_the_bare_name_or_unrelated_is_only_a_hint(string? action)
    {
        using var response = await PostAsync(SoapRequests.Envelope(SoapVersion.Soap11, _host.Sts.ValidSystemCard()), action: action);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_multipart_request_is_refused_clearly()
    {
        using var content = new StringContent(SoapRequests.Envelope(SoapVersion.Soap11, _host.Sts.ValidSystemCard()));
        using var request = SoapRequests.Post("/probe/soap11", content);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/related; type=\"application/xop+xml\"; boundary=b1");
        using var response = await _host.Client.SendAsync(request);

        var answer = await AssertRefusedAsync(response, SoapFaultCodes.SyntaxError);

        Assert.Contains("multipart/related", answer.FaultString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_soap12_content_type_on_a_soap11_endpoint_is_a_syntax_error()
    {
        using var request = SoapRequests.Post("/probe/soap11", SoapRequests.Envelope(SoapVersion.Soap11, _host.Sts.ValidSystemCard()), SoapVersion.Soap12);
        using var response = await _host.Client.SendAsync(request);

        await AssertRefusedAsync(response, SoapFaultCodes.SyntaxError);
    }

    [Fact]
    public async Task No_security_header_is_a_missing_required_header() =>
        await AssertRefusedAsync(await PostAsync(SoapRequests.Envelope(SoapVersion.Soap11, card: null)), SoapFaultCodes.MissingRequiredHeader);

    [Fact]
    public async Task A_security_header_without_a_card_is_a_missing_required_header() =>
        await AssertRefusedAsync(await PostAsync(SoapRequests.Envelope(SoapVersion.Soap11, card: null, emptySecurity: true)), SoapFaultCodes.MissingRequiredHeader);

    [Fact]
    public async Task A_tampered_card_is_an_invalid_signature() =>
        await AssertCardRefusedAsync(_host.Sts.Tampered(), SoapFaultCodes.InvalidSignature);

    [Fact]
    public async Task A_card_from_an_untrusted_sts_is_an_invalid_certificate() =>
        await AssertCardRefusedAsync(_host.Sts.WronglySigned(), SoapFaultCodes.InvalidCertificate);

    [Fact]
    public async Task An_expired_card_is_expired_idcard() =>
        await AssertCardRefusedAsync(_host.Sts.Expired(), SoapFaultCodes.ExpiredIdCard);

    [Fact]
    public async Task A_card_missing_a_required_attribute_is_an_invalid_idcard() =>
        await AssertCardRefusedAsync(_host.Sts.MissingAttribute("medcom:ITSystemName"), SoapFaultCodes.InvalidIdCard);

    [Fact]
    public async Task A_user_card_on_a_system_card_operation_is_security_level_failed() =>
        await AssertCardRefusedAsync(_host.Sts.ValidUserCard(), SoapFaultCodes.SecurityLevelFailed);

    [Fact]
    public async Task A_refused_card_is_audited_with_the_soap_headers_it_stated()
    {
        await AssertCardRefusedAsync(_host.Sts.Tampered(), SoapFaultCodes.InvalidSignature);

        string line = Assert.Single(_host.Audit.Lines);
        Assert.Contains("\"soapHeaders\":{\"FlowID\":\"flow-1\",\"Issuer\":\"TEST1-NSP-STS\",\"MessageID\":\"message-1\",\"NameID\":\"25450442\"}", line, StringComparison.Ordinal);
        Assert.Contains("\"idCardAttributes\":{}", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_caller_not_whitelisted_is_not_authorized_and_audited_with_its_card_attributes()
    {
        _host.Whitelist.RefusalAsync(default!, default!, default!, default)
            .ReturnsForAnyArgs(Task.FromResult<string?>("CVR 25450442 is not whitelisted for Echo."));

        var answer = await AssertFailedInHandlerAsync(SoapRequests.ProbeBody("mediator"), SoapFaultCodes.NotAuthorized, sender: true);

        Assert.Equal("CVR 25450442 is not whitelisted for Echo.", answer.FaultString);
        string line = Assert.Single(_host.Audit.Lines);
        Assert.Contains("\"medcom:CareProviderID\":\"25450442\"", line, StringComparison.Ordinal);
        Assert.Contains("\"medcom:ITSystemName\":\"Testsystem\"", line, StringComparison.Ordinal);
        Assert.Contains("\"sosi:AuthenticationLevel\":\"3\"", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_validation_failure_is_a_client_processing_problem_naming_every_field_and_rule()
    {
        var answer = await AssertFailedInHandlerAsync(SoapRequests.ProbeBody("invalid"), SoapFaultCodes.ProcessingProblem, sender: true);

        Assert.Contains("patientId: must be an active CPR number", answer.FaultString, StringComparison.Ordinal);
        Assert.Contains("endDateTime: must lie in the future", answer.FaultString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dependency_down_is_a_server_processing_problem_naming_it()
    {
        var answer = await AssertFailedInHandlerAsync(SoapRequests.ProbeBody("dependencyDown"), SoapFaultCodes.ProcessingProblem, sender: false);

        Assert.Contains("PersonInformation", answer.FaultString, StringComparison.Ordinal);
        Assert.DoesNotContain("retry", answer.FaultString, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_dependency_with_an_unknown_outcome_tells_the_client_to_retry()
    {
        var answer = await AssertFailedInHandlerAsync(SoapRequests.ProbeBody("dependencyUnknown"), SoapFaultCodes.ProcessingProblem, sender: false);

        Assert.Contains("Kafka", answer.FaultString, StringComparison.Ordinal);
        Assert.Contains("retry the call", answer.FaultString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_internal_error_is_a_server_processing_problem_without_internals()
    {
        var answer = await AssertFailedInHandlerAsync(SoapRequests.ProbeBody("internal"), SoapFaultCodes.ProcessingProblem, sender: false);

        Assert.Equal(SoapFaultMapper.InternalErrorMessage, answer.FaultString);
        Assert.DoesNotContain(ProbeService.SecretInInternalError, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_get_without_wsdl_is_an_illegal_http_method()
    {
        using var response = await _host.Client.GetAsync(new Uri("/probe/soap11", UriKind.Relative));
        var answer = await SoapAnswer.ReadAsync(response);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, answer.Status);
        Assert.Equal("POST", string.Join(',', response.Content.Headers.Allow));
        Assert.Equal(SoapFaultCodes.IllegalHttpMethod, answer.FaultCode);
        Assert.Equal(0, _host.Probe.Calls);
    }

    [Fact]
    public async Task A_put_is_an_illegal_http_method()
    {
        using var content = new StringContent("x");
        using var response = await _host.Client.PutAsync(new Uri("/probe/soap11", UriKind.Relative), content);
        var answer = await SoapAnswer.ReadAsync(response);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, answer.Status);
        Assert.Equal(SoapFaultCodes.IllegalHttpMethod, answer.FaultCode);
    }

    private async Task AssertCardRefusedAsync(System.Xml.XmlElement card, string faultCode) =>
        await AssertRefusedAsync(await PostAsync(SoapRequests.Envelope(SoapVersion.Soap11, card)), faultCode);

    private async Task<HttpResponseMessage> PostAsync(string envelope, string path = "/probe/soap11", string? action = ProbeService.Action)
    {
        using var request = SoapRequests.Post(path, envelope, SoapVersion.Soap11, action);
        return await _host.Client.SendAsync(request);
    }

    /// <summary>A gateway refusal: a Client fault with the code, HTTP 500, no handler reached, audited as 500.</summary>
    private async Task<SoapAnswer> AssertRefusedAsync(HttpResponseMessage response, string faultCode)
    {
        using (response)
        {
            var answer = await SoapAnswer.ReadAsync(response);
            AssertFault(answer, faultCode, sender: true);
            Assert.Equal(0, _host.Probe.Calls);
            AssertAuditedAs500();
            return answer;
        }
    }

    private async Task<SoapAnswer> AssertFailedInHandlerAsync(string body, string faultCode, bool sender)
    {
        using var response = await PostAsync(SoapRequests.Envelope(SoapVersion.Soap11, _host.Sts.ValidSystemCard(), body));
        var answer = await SoapAnswer.ReadAsync(response);
        AssertFault(answer, faultCode, sender);
        Assert.Equal(1, _host.Probe.Calls);
        AssertAuditedAs500();
        return answer;
    }

    private static void AssertFault(SoapAnswer answer, string faultCode, bool sender)
    {
        Assert.Equal(HttpStatusCode.InternalServerError, answer.Status);
        Assert.Equal("text/xml; charset=utf-8", answer.ContentType);
        Assert.Equal(faultCode, answer.FaultCode);
        Assert.Equal(sender ? "soap:Client" : "soap:Server", answer.FaultSide);
        Assert.False(string.IsNullOrWhiteSpace(answer.FaultString));
        Assert.Equal("Fault", answer.BodyElement?.LocalName);
    }

    private void AssertAuditedAs500()
    {
        string line = Assert.Single(_host.Audit.Lines);
        Assert.Contains("\"code\":500", line, StringComparison.Ordinal);
    }

    /// <summary>Content whose length is not known up front, so it is sent without Content-Length.</summary>
    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
