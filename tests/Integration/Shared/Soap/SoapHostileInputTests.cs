using System.Globalization;
using System.Net;
using System.Text;
using Nsp.Api.Shared.Security;
using Nsp.Api.Shared.Soap;
using Nsp.Tests.Integration.Shared.Sts;

namespace Nsp.Tests.Integration.Shared.Soap;

/// <summary>Hostile messages through the real HTTP pipeline: each is refused with a syntax or signature fault before any
/// walk over the document, is audited, reaches no handler, and the host answers the next good call.</summary>
public sealed class SoapHostileInputTests : IAsyncLifetime
{
    private SoapTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SoapTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("action")]
    [InlineData("medcom")]
    [InlineData("card")]
    public async Task About_a_megabyte_and_a_half_of_nesting_inside_a_header_is_refused_and_the_host_keeps_serving(string where)
    {
        string deep = Deep(200_000);
        string envelope = where switch
        {
            "action" => SoapRequests.Envelope(SoapVersion.Soap11, _host.Sts.ValidSystemCard(), wsaAction: deep),
            "medcom" => SoapRequests.Envelope(SoapVersion.Soap11, _host.Sts.ValidSystemCard())
                .Replace(SoapRequests.FlowId, deep, StringComparison.Ordinal),
            _ => SoapRequests.Envelope(SoapVersion.Soap11, _host.Sts.ValidSystemCard())
                .Replace(TestSts.SystemName, deep, StringComparison.Ordinal),
        };
        Assert.True(envelope.Length > 1_400_000);

        var answer = await PostAsync(envelope);

        AssertSyntaxFault(answer, "deeper than 64 levels");
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task Thousands_of_namespace_declarations_on_the_envelope_are_refused_before_the_card_is_looked_at()
    {
        var declarations = new StringBuilder();
        for (int i = 0; i < 20_000; i++)
        {
            declarations.Append(CultureInfo.InvariantCulture, $" xmlns:n{i}=\"urn:hostile:{i}\"");
        }

        string envelope = SoapRequests.Envelope(SoapVersion.Soap11, _host.Sts.ValidSystemCard())
            .Replace("<soap:Envelope ", "<soap:Envelope" + declarations + " ", StringComparison.Ordinal);

        var answer = await PostAsync(envelope);

        AssertSyntaxFault(answer, "attributes");
        Assert.Equal(0, _host.Verifier.SignatureVerifications);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task Namespace_declarations_spread_over_nested_elements_are_refused_by_their_number_in_scope()
    {
        var nested = new StringBuilder();
        for (int i = 0; i < 40; i++)
        {
            nested.Append(CultureInfo.InvariantCulture, $"<x:e{i} xmlns:x=\"urn:x\" xmlns:a{i}=\"urn:a{i}\" xmlns:b{i}=\"urn:b{i}\">");
        }

        for (int i = 39; i >= 0; i--)
        {
            nested.Append(CultureInfo.InvariantCulture, $"</x:e{i}>");
        }

        string envelope = SoapRequests.Envelope(SoapVersion.Soap11, _host.Sts.ValidSystemCard())
            .Replace("</soap:Header>", nested + "</soap:Header>", StringComparison.Ordinal);

        AssertSyntaxFault(await PostAsync(envelope), "namespace declarations in scope");
    }

    [Fact]
    public async Task A_megabytes_long_flow_id_is_refused_and_never_copied_into_the_audit_line()
    {
        string flowId = new('F', 9 * 1024 * 1024 / 2);
        string envelope = SoapRequests.Envelope(SoapVersion.Soap11, _host.Sts.ValidSystemCard())
            .Replace(SoapRequests.FlowId, flowId, StringComparison.Ordinal);

        var answer = await PostAsync(envelope);

        AssertSyntaxFault(answer, "longer than");
        Assert.True(answer.Text.Length < 4096, "The fault must not echo the value.");
        string line = Assert.Single(_host.Audit.Lines);
        Assert.True(line.Length < 4096, "The audit line must not carry the value.");
        Assert.DoesNotContain("FFFFFFFFFF", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_flow_id_just_over_the_header_limit_is_refused_naming_it()
    {
        string envelope = SoapRequests.Envelope(SoapVersion.Soap11, _host.Sts.ValidSystemCard())
            .Replace(SoapRequests.FlowId, new string('f', 1025), StringComparison.Ordinal);

        AssertSyntaxFault(await PostAsync(envelope), "medcom:FlowID is longer than 1024 characters");
    }

    [Fact]
    public async Task A_flow_id_at_the_header_limit_is_accepted()
    {
        string envelope = SoapRequests.Envelope(SoapVersion.Soap11, _host.Sts.ValidSystemCard())
            .Replace(SoapRequests.FlowId, new string('f', 1024), StringComparison.Ordinal);

        var answer = await PostAsync(envelope);

        Assert.True(answer.Status == HttpStatusCode.OK, answer.FaultString);
    }

    [Fact]
    public async Task A_body_value_longer_than_the_value_limit_is_refused()
    {
        string envelope = SoapRequests.Envelope(SoapVersion.Soap11, _host.Sts.ValidSystemCard(), SoapRequests.ProbeBody(patientId: new string('1', 70_000)));

        AssertSyntaxFault(await PostAsync(envelope), "longer than 65536 characters");
    }

    [Fact]
    public async Task A_cached_card_resent_with_a_second_element_carrying_its_id_is_refused()
    {
        var card = _host.Sts.ValidSystemCard();
        var first = await PostAsync(SoapRequests.Envelope(SoapVersion.Soap11, card));
        Assert.True(first.Status == HttpStatusCode.OK, first.FaultString);
        string wrapped = SoapRequests.Envelope(SoapVersion.Soap11, card)
            .Replace("</soap:Header>", "<x:Decoy xmlns:x=\"urn:x\" id=\"IDCard\"/></soap:Header>", StringComparison.Ordinal);

        var answer = await PostAsync(wrapped);

        Assert.Equal(SoapFaultCodes.InvalidSignature, answer.FaultCode);
        Assert.Equal(1, _host.Probe.Calls);
        Assert.Equal(1, _host.Verifier.SignatureVerifications);
    }

    [Fact]
    public async Task A_cached_card_resent_beside_a_second_security_header_is_refused()
    {
        var card = _host.Sts.ValidSystemCard();
        await PostAsync(SoapRequests.Envelope(SoapVersion.Soap11, card));
        string doubled = SoapRequests.Envelope(SoapVersion.Soap11, card)
            .Replace("</soap:Header>", $"<wsse:Security xmlns:wsse=\"{SosiNamespaces.Wsse}\"/></soap:Header>", StringComparison.Ordinal);

        AssertSyntaxFault(await PostAsync(doubled), "more than one wsse:Security", handlerCalls: 1);
    }

    [Fact]
    public async Task A_cached_card_resent_with_a_second_medcom_header_is_refused()
    {
        var card = _host.Sts.ValidSystemCard();
        await PostAsync(SoapRequests.Envelope(SoapVersion.Soap11, card));
        string doubled = SoapRequests.Envelope(SoapVersion.Soap11, card)
            .Replace("</soap:Header>", $"<medcom:Header xmlns:medcom=\"{SosiNamespaces.Medcom}\"/></soap:Header>", StringComparison.Ordinal);

        AssertSyntaxFault(await PostAsync(doubled), "more than one medcom:Header", handlerCalls: 1);
    }

    private static string Deep(int levels) =>
        string.Concat(Enumerable.Repeat("<x>", levels)) + string.Concat(Enumerable.Repeat("</x>", levels));

    /// <param name="handlerCalls">Calls the handler had before the refused one.</param>
    private void AssertSyntaxFault(SoapAnswer answer, string textPart, int handlerCalls = 0)
    {
        Assert.Equal(HttpStatusCode.InternalServerError, answer.Status);
        Assert.Equal(SoapFaultCodes.SyntaxError, answer.FaultCode);
        Assert.Contains(textPart, answer.FaultString, StringComparison.Ordinal);
        Assert.Equal(handlerCalls, _host.Probe.Calls);
        Assert.Contains(_host.Audit.Lines, line => line.Contains("\"code\":500", StringComparison.Ordinal));
    }

    private async Task AssertStillServingAsync()
    {
        int before = _host.Probe.Calls;
        var answer = await PostAsync(SoapRequests.Envelope(SoapVersion.Soap11, _host.Sts.ValidSystemCard()));
        Assert.True(answer.Status == HttpStatusCode.OK, answer.FaultString);
        Assert.Equal(before + 1, _host.Probe.Calls);
    }

    private async Task<SoapAnswer> PostAsync(string envelope)
    {
        using var request = SoapRequests.Post("/probe/soap11", envelope);
        using var response = await _host.Client.SendAsync(request);
        return await SoapAnswer.ReadAsync(response);
    }
}
