using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Xml;
using Nsp.Api.Shared.Security;
using Nsp.Api.Shared.Soap;
using Nsp.Application.Shared.Security;
using Nsp.Tests.Integration.Shared.Sts;

namespace Nsp.Tests.Integration.Shared.Soap;

/// <summary>IDWS: the token is verified like a card, and the message must be signed with the token's holder-of-key
/// (the test STS names its <see cref="TestSts.Untrusted"/> certificate as the holder).</summary>
public sealed class IdwsHolderOfKeyTests : IAsyncLifetime
{
    private static readonly string[] FullySigned = ["body", "ts", "action", "messageid"];

    private SoapTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SoapTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_message_signed_by_the_holder_of_key_reaches_the_handler_as_a_citizen()
    {
        var answer = await PostAsync(SignedMessage(TestSts.Untrusted));

        Assert.True(answer.Status == HttpStatusCode.OK, answer.FaultString);
        Assert.Equal(CallerKind.CitizenToken, _host.Probe.LastCall?.Security?.Kind);
        Assert.Equal("0202904321", _host.Probe.LastCall?.Security?.UserCpr);
        Assert.Equal(SoapRequests.WsaMessageId, answer.First(SoapNamespaces.Wsa, "RelatesTo"));
    }

    [Fact]
    public async Task A_message_without_a_signature_is_an_invalid_signature() =>
        await AssertRefusedAsync(Message().OuterXml, SoapFaultCodes.InvalidSignature);

    [Fact]
    public async Task A_message_signed_with_another_key_is_an_invalid_signature() =>
        await AssertRefusedAsync(SignedMessage(TestSts.Trusted), SoapFaultCodes.InvalidSignature);

    [Fact]
    public async Task A_body_changed_after_signing_is_an_invalid_signature() =>
        await AssertRefusedAsync(SignedMessage(TestSts.Untrusted).Replace("0101801234", "0101801235", StringComparison.Ordinal), SoapFaultCodes.InvalidSignature);

    [Fact]
    public async Task A_signature_that_does_not_cover_the_body_is_an_invalid_signature() =>
        await AssertRefusedAsync(SignedMessage(TestSts.Untrusted, "ts", "action", "messageid"), SoapFaultCodes.InvalidSignature);

    [Fact]
    public async Task A_signature_that_does_not_cover_the_timestamp_is_an_invalid_signature() =>
        await AssertRefusedAsync(SignedMessage(TestSts.Untrusted, "body", "action", "messageid"), SoapFaultCodes.InvalidSignature);

    [Theory]
    [InlineData("action")]
    [InlineData("messageid")]
    public async Task A_signature_that_leaves_a_ws_addressing_header_unsigned_is_an_invalid_signature(string leftOut) =>
        await AssertRefusedAsync(SignedMessage(TestSts.Untrusted, [.. FullySigned.Where(id => id != leftOut)]), SoapFaultCodes.InvalidSignature);

    [Fact]
    public async Task A_message_without_a_timestamp_misses_a_required_header() =>
        await AssertRefusedAsync(Sign(Message(withTimestamp: false), TestSts.Untrusted, "body", "action", "messageid"), SoapFaultCodes.MissingRequiredHeader);

    [Fact]
    public async Task A_replayed_message_whose_timestamp_has_expired_is_refused() =>
        await AssertRefusedAsync(Sign(Message(timestampAge: TimeSpan.FromMinutes(11)), TestSts.Untrusted), SoapFaultCodes.SecurityLevelFailed);

    [Fact]
    public async Task A_message_whose_timestamp_is_created_in_the_future_is_refused() =>
        await AssertRefusedAsync(Sign(Message(timestampAge: TimeSpan.FromMinutes(-10)), TestSts.Untrusted), SoapFaultCodes.SecurityLevelFailed);

    [Fact]
    public async Task A_message_signature_value_that_is_not_base64_is_an_invalid_signature()
    {
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        document.LoadXml(SignedMessage(TestSts.Untrusted));
        var signatures = document.GetElementsByTagName("SignatureValue", SosiNamespaces.Ds);
        signatures[signatures.Count - 1]!.InnerText = "not*base64!";

        await AssertRefusedAsync(document.OuterXml, SoapFaultCodes.InvalidSignature);
    }

    [Fact]
    public async Task A_dgws_card_on_an_idws_endpoint_is_an_invalid_idcard() =>
        await AssertRefusedAsync(SoapRequests.Envelope(SoapVersion.Soap11, _host.Sts.ValidSystemCard()), SoapFaultCodes.InvalidIdCard);

    [Fact]
    public async Task A_captured_message_without_expires_replayed_with_its_message_id_is_refused()
    {
        var token = _host.Sts.IdwsCitizenToken();
        string message = Sign(Message(withExpires: false, token: token), TestSts.Untrusted);
        var first = await PostAsync(message);
        Assert.True(first.Status == HttpStatusCode.OK, first.FaultString);
        _host.Clock.Advance(TimeSpan.FromMinutes(1));

        var replay = await PostAsync(message);

        Assert.Equal(SoapFaultCodes.SecurityLevelFailed, replay.FaultCode);
        Assert.Contains("already been received", replay.FaultString, StringComparison.Ordinal);
        Assert.Equal(1, _host.Probe.Calls);
    }

    [Fact]
    public async Task A_new_message_id_under_the_same_token_is_accepted()
    {
        var token = _host.Sts.IdwsCitizenToken();
        var first = await PostAsync(Sign(Message(token: token, messageId: "urn:uuid:aaaaaaaa-0000-4000-8000-000000000001"), TestSts.Untrusted));
        var second = await PostAsync(Sign(Message(token: token, messageId: "urn:uuid:aaaaaaaa-0000-4000-8000-000000000002"), TestSts.Untrusted));

        Assert.True(first.Status == HttpStatusCode.OK, first.FaultString);
        Assert.True(second.Status == HttpStatusCode.OK, second.FaultString);
        Assert.Equal(2, _host.Probe.Calls);
    }

    [Fact]
    public async Task A_message_without_expires_created_longer_ago_than_the_maximum_age_is_refused()
    {
        // nsp.idws.max.message.age PT5M plus the host's clock skew of PT5M.
        var answer = await PostAsync(Sign(Message(timestampAge: TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1), withExpires: false), TestSts.Untrusted));

        Assert.Equal(SoapFaultCodes.SecurityLevelFailed, answer.FaultCode);
        Assert.Contains("more than PT5M ago", answer.FaultString, StringComparison.Ordinal);
        Assert.Equal(0, _host.Probe.Calls);
    }

    private XmlDocument Message(
        TimeSpan? timestampAge = null, bool withTimestamp = true, bool withExpires = true, XmlElement? token = null, string messageId = SoapRequests.WsaMessageId)
    {
        token ??= _host.Sts.IdwsCitizenToken();
        var created = _host.Clock.GetUtcNow() - (timestampAge ?? TimeSpan.Zero);
        string expires = withExpires ? $"<wsu:Expires>{created.AddMinutes(5):yyyy-MM-ddTHH:mm:ssZ}</wsu:Expires>" : string.Empty;
        string timestamp = withTimestamp
            ? $"<wsu:Timestamp wsu:Id=\"ts\"><wsu:Created>{created:yyyy-MM-ddTHH:mm:ssZ}</wsu:Created>{expires}</wsu:Timestamp>"
            : string.Empty;
        string xml =
            $"""
            <soap:Envelope xmlns:soap="{SoapNamespaces.Soap11}" xmlns:wsa="{SoapNamespaces.Wsa}" xmlns:wsse="{SosiNamespaces.Wsse}" xmlns:wsu="{SosiNamespaces.Wsu}"><soap:Header><wsa:Action wsu:Id="action">{ProbeService.Action}</wsa:Action><wsa:MessageID wsu:Id="messageid">{messageId}</wsa:MessageID><wsse:Security>{timestamp}{token.OuterXml}</wsse:Security></soap:Header><soap:Body wsu:Id="body">{SoapRequests.ProbeBody()}</soap:Body></soap:Envelope>
            """;
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        document.LoadXml(xml);
        return document;
    }

    /// <summary>The message signed (exc-c14n, rsa-sha256) over the elements with the <c>wsu:Id</c>s
    /// <paramref name="signedIds"/>, by default all that IDWS demands.</summary>
    private string SignedMessage(X509Certificate2 signer, params string[] signedIds) => Sign(Message(), signer, signedIds);

    private static string Sign(XmlDocument document, X509Certificate2 signer, params string[] signedIds)
    {
        if (signedIds.Length == 0)
        {
            signedIds = FullySigned;
        }

        HolderOfKeySigner.Sign(document, signer, signedIds);
        return document.OuterXml;
    }

    private async Task<SoapAnswer> PostAsync(string envelope)
    {
        using var request = SoapRequests.Post("/probe/idws", envelope);
        using var response = await _host.Client.SendAsync(request);
        return await SoapAnswer.ReadAsync(response);
    }

    private async Task AssertRefusedAsync(string envelope, string faultCode)
    {
        var answer = await PostAsync(envelope);

        Assert.Equal(HttpStatusCode.InternalServerError, answer.Status);
        Assert.Equal(faultCode, answer.FaultCode);
        Assert.Equal(0, _host.Probe.Calls);
    }
}
