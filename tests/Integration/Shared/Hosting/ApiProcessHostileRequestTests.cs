using System.Globalization;
using System.Net;
using System.Text;
using Nsp.Api.Idsas.FirstStart;
using Nsp.Api.Idsas.Soap;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Tests.Integration.Shared.Hosting;

/// <summary>
/// The real API process on the embedded default, sent one hostile request after another without any ID card (as
/// anyone who reaches the port could): each gets a SOAP fault, the process is still alive and answers
/// <c>/status</c> after each, and a signed lookup works at the end. In-process tests cannot show this: a stack
/// overflow would end the test run itself.
/// </summary>
public sealed class ApiProcessHostileRequestTests : IAsyncLifetime
{
    private const string LookupPath = "/idsas-lookup/20240124/lookup";
    private const string RegistrationPath = "/idsas-registration/20230601/registration";
    private const string StatusPath = "/idsas-lookup/status";

    // Lookup takes 2 MB here, so the 1.4 MB hostile messages reach the parser instead of the size limit.
    private const long RaisedLookupLimit = 2_000_000;

    private ApiProcess _api = null!;

    public async Task InitializeAsync()
    {
        _api = await ApiProcess.StartAsync(StatusPath, new Dictionary<string, string>
        {
            ["NSP_SERVICES"] = "idsas-registration,idsas-lookup,idsas-salt,idsas-operations",
        });

        // The first start wrote the operator's property files; raise lookup's body limit as an operator would.
        await File.AppendAllTextAsync(
            Path.Combine(_api.ConfigDirectory, "idsas-lookup.properties"),
            string.Create(CultureInfo.InvariantCulture, $"\nnsp.soap.max.request.bytes={RaisedLookupLimit}\n"));
        await _api.StartAgainAsync(StatusPath);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Hostile_requests_get_faults_and_the_process_keeps_answering_status_and_lookups()
    {
        var hostile = new (string Name, string Path, byte[] Body, string Expect)[]
        {
            ("1.4 MB of nesting in wsa:Action", LookupPath, Utf8(Envelope(header: $"<wsa:Action xmlns:wsa=\"http://www.w3.org/2005/08/addressing\">{Deep(200_000)}</wsa:Action>")), "deeper than 64 levels"),
            ("1.4 MB of nesting in a medcom:Header value", LookupPath, Utf8(Envelope(header: $"<medcom:Header xmlns:medcom=\"http://www.medcom.dk/dgws/2006/04/dgws-1.0.xsd\"><medcom:Linking><medcom:FlowID>{Deep(200_000)}</medcom:FlowID></medcom:Linking></medcom:Header>")), "deeper than 64 levels"),
            ("1.4 MB of nesting in the ID card", LookupPath, Utf8(Envelope(header: $"<wsse:Security xmlns:wsse=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd\"><saml:Assertion xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" id=\"IDCard\"><saml:Issuer>{Deep(200_000)}</saml:Issuer></saml:Assertion></wsse:Security>")), "deeper than 64 levels"),
            ("20 000 namespace declarations on the envelope", LookupPath, Utf8(Envelope(header: string.Empty, envelopeAttributes: Declarations(20_000))), "attributes"),
            ("a 60 KB FlowID", LookupPath, Utf8(Envelope(header: $"<medcom:Header xmlns:medcom=\"http://www.medcom.dk/dgws/2006/04/dgws-1.0.xsd\"><medcom:Linking><medcom:FlowID>{new string('F', 60_000)}</medcom:FlowID></medcom:Linking></medcom:Header>")), "longer than 1024 characters"),
            ("a 1 MB FlowID", LookupPath, Utf8(Envelope(header: $"<medcom:Header xmlns:medcom=\"http://www.medcom.dk/dgws/2006/04/dgws-1.0.xsd\"><medcom:Linking><medcom:FlowID>{new string('F', 1_000_000)}</medcom:FlowID></medcom:Linking></medcom:Header>")), "longer than 65536 characters"),
            ("a 9 MB FlowID", LookupPath, Utf8(Envelope(header: $"<medcom:Header xmlns:medcom=\"http://www.medcom.dk/dgws/2006/04/dgws-1.0.xsd\"><medcom:Linking><medcom:FlowID>{new string('F', 9_000_000)}</medcom:FlowID></medcom:Linking></medcom:Header>")), "larger than"),
            ("1.4 MB of nesting to registration's 256 KB limit", RegistrationPath, Utf8(Envelope(header: $"<wsa:Action xmlns:wsa=\"http://www.w3.org/2005/08/addressing\">{Deep(200_000)}</wsa:Action>")), "larger than"),
            ("a document type with entities", LookupPath, Utf8("<!DOCTYPE e [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>" + Envelope(header: string.Empty)), "not well-formed"),
            ("a truncated envelope", LookupPath, Utf8(Envelope(header: string.Empty)[..40]), "not well-formed"),
            ("bytes that are not UTF-8", LookupPath, [0x3C, 0xFF, 0xFE, 0x00, 0xC3, 0x28, 0x3E], "not well-formed"),
        };

        foreach (var (name, path, body, expect) in hostile)
        {
            if (await PostAsync(path, body) is { } refusal)
            {
                Assert.True(refusal.Status == HttpStatusCode.InternalServerError, $"{name}: {(int)refusal.Status} {Shorten(refusal.Answer)}");
                Assert.True(FaultCodeOf(refusal.Answer) == "syntax_error", $"{name}: {Shorten(refusal.Answer)}");
                Assert.True(refusal.Answer.Contains(expect, StringComparison.Ordinal), $"{name}: expected '{expect}' in {Shorten(refusal.Answer)}");
                Assert.True(refusal.Answer.Length < 4096, $"{name}: the fault echoes the request ({refusal.Answer.Length} characters)");
            }

            Assert.False(_api.HasExited, $"{name} ended the process:\n{_api.Output}");
            Assert.Equal(HttpStatusCode.OK, await _api.StatusOfAsync(StatusPath));
        }

        await AssertSignedLookupAnswersAsync();
        await AssertAuditedWithoutTheirContentAsync(hostile.Length);
    }

    /// <summary>The answer, or null when the server answered and closed the connection before the client had sent a
    /// body far over the limit (Kestrel reads no more than the limit; the client then sees a broken pipe).</summary>
    private async Task<(HttpStatusCode Status, string Answer)?> PostAsync(string path, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/xml") { CharSet = "utf-8" };
        try
        {
            using var response = await _api.Client.PostAsync(new Uri(path, UriKind.Relative), content);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        catch (HttpRequestException) when (body.Length > RaisedLookupLimit)
        {
            return null;
        }
    }

    private async Task AssertSignedLookupAnswersAsync()
    {
        string envelope = IdsasSampleRequest.Envelope(
            IdsasSoapContract.GetBlurredOrganisations, new NspHostOptions { SqliteDirectory = _api.DataDirectory }, TimeProvider.System)!;
        using var content = new StringContent(envelope, Encoding.UTF8, "text/xml");
        using var response = await _api.Client.PostAsync(new Uri(LookupPath, UriKind.Relative), content);
        string answer = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, Shorten(answer));
        Assert.Contains("GetBlurredOrganisationsResponse", answer, StringComparison.Ordinal);
    }

    private async Task AssertAuditedWithoutTheirContentAsync(int refused)
    {
        // The process's audit writer appends queued lines within milliseconds of each call; allow it a moment.
        var lines = LogFiles.ReadLines(_api.LogDirectory, "audit*.log");
        for (int attempt = 0; attempt < 50 && lines.Count(l => l.Contains("\"code\":500", StringComparison.Ordinal)) < refused; attempt++)
        {
            await Task.Delay(100);
            lines = LogFiles.ReadLines(_api.LogDirectory, "audit*.log");
        }

        Assert.True(lines.Count(l => l.Contains("\"code\":500", StringComparison.Ordinal)) >= refused, string.Join('\n', lines.Select(Shorten)));
        Assert.All(lines, line => Assert.True(line.Length < 8192, "An audit line carries the hostile content: " + Shorten(line)));
    }

    private static string Envelope(string header, string envelopeAttributes = "") =>
        $"<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"{envelopeAttributes}><soap:Header>{header}</soap:Header><soap:Body>"
        + $"<t:GetBlurredOrganisationsRequest xmlns:t=\"{IdsasSoapContract.Namespace20240124}\"><t:patientId><t:id>0101701234</t:id><t:classification>CPR</t:classification></t:patientId></t:GetBlurredOrganisationsRequest>"
        + "</soap:Body></soap:Envelope>";

    private static string Deep(int levels) =>
        string.Concat(Enumerable.Repeat("<x>", levels)) + string.Concat(Enumerable.Repeat("</x>", levels));

    private static string Declarations(int count)
    {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $" xmlns:n{i}=\"urn:hostile:{i}\"");
        }

        return text.ToString();
    }

    private static string? FaultCodeOf(string answer)
    {
        var document = new System.Xml.XmlDocument { XmlResolver = null };
        document.LoadXml(answer);
        return document.GetElementsByTagName("FaultCode", "http://www.medcom.dk/dgws/2006/04/dgws-1.0.xsd").OfType<System.Xml.XmlElement>().SingleOrDefault()?.InnerText;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Shorten(string text) => text.Length <= 600 ? text : text[..600] + "…";
}
