using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using BenchmarkDotNet.Attributes;
using Nsp.Api.Idsas.FirstStart;
using Nsp.Api.Idsas.Soap;
using Nsp.Api.Shared.Security;
using Nsp.Api.Shared.Soap;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Benchmarks.Micro;

/// <summary>
/// What refusing each class of hostile message costs the gateway's front half (reading the envelope with the default
/// <see cref="SoapParsingLimits"/>, and for the wrapped card the verifier too): a refusal must stay cheap, or refusing
/// becomes the attack. Messages are 1.4 MB where the class allows (the size the crash used), parsed as if the
/// part's body limit had let them through.
/// </summary>
[MemoryDiagnoser]
public class HostileRefusalBenchmarks
{
    private const string Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    private const string Body =
        "<t:GetBlurredOrganisationsRequest xmlns:t=\"http://sundhedsdatastyrelsen.dk/identitetssloering/2024/01/24/\"><t:patientId><t:id>0101701234</t:id><t:classification>CPR</t:classification></t:patientId></t:GetBlurredOrganisationsRequest>";

    private string _directory = null!;
    private byte[] _deepInAction = null!;
    private byte[] _deepInCard = null!;
    private byte[] _namespaceFlood = null!;
    private byte[] _longFlowId = null!;
    private byte[] _hugeValue = null!;
    private byte[] _wrappedCachedCard = null!;
    private IdCardVerifier _verifier = null!;

    [GlobalSetup]
    public void Setup()
    {
        string deep = string.Concat(Enumerable.Repeat("<x>", 200_000)) + string.Concat(Enumerable.Repeat("</x>", 200_000));
        _deepInAction = Envelope($"<wsa:Action xmlns:wsa=\"http://www.w3.org/2005/08/addressing\">{deep}</wsa:Action>");
        _deepInCard = Envelope(
            $"<wsse:Security xmlns:wsse=\"{SosiNamespaces.Wsse}\"><saml:Assertion xmlns:saml=\"{SosiNamespaces.Saml}\" id=\"IDCard\"><saml:Issuer>{deep}</saml:Issuer></saml:Assertion></wsse:Security>");
        var declarations = new StringBuilder();
        for (int i = 0; i < 20_000; i++)
        {
            declarations.Append(CultureInfo.InvariantCulture, $" xmlns:n{i}=\"urn:hostile:{i}\"");
        }

        _namespaceFlood = Encoding.UTF8.GetBytes($"<soap:Envelope xmlns:soap=\"{Soap}\"{declarations}><soap:Body>{Body}</soap:Body></soap:Envelope>");
        _longFlowId = Envelope(
            $"<medcom:Header xmlns:medcom=\"{SosiNamespaces.Medcom}\"><medcom:Linking><medcom:FlowID>{new string('F', 60_000)}</medcom:FlowID></medcom:Linking></medcom:Header>");
        _hugeValue = Envelope(
            $"<medcom:Header xmlns:medcom=\"{SosiNamespaces.Medcom}\"><medcom:Linking><medcom:FlowID>{new string('F', 1_400_000)}</medcom:FlowID></medcom:Linking></medcom:Header>");

        _directory = Path.Combine(Path.GetTempPath(), "nsp-bench-hostile-" + Guid.NewGuid().ToString("N"));
        var hostOptions = new NspHostOptions { SqliteDirectory = _directory };
        string valid = IdsasSampleRequest.Envelope(IdsasSoapContract.GetBlurredOrganisations, hostOptions, TimeProvider.System)!;
        using var issuer = LocalStsIssuer.CreateOrLoad(
            Path.Combine(_directory, SecurityServiceCollectionExtensions.LocalStsDirectoryName), TimeProvider.System);
        _verifier = new IdCardVerifier(
            new TrustedStsCertificates([X509CertificateLoader.LoadCertificate(issuer.Certificate.RawData)]), TimeProvider.System, NspHostOptions.DefaultStsClockSkew);
        var first = Parse(Encoding.UTF8.GetBytes(valid));
        _verifier.Verify(first.Assertion!, IdCardRequirements.SystemLevel3);
        _wrappedCachedCard = Encoding.UTF8.GetBytes(
            valid.Replace("</soap:Header>", "<x:Decoy xmlns:x=\"urn:x\" id=\"IDCard\"/></soap:Header>", StringComparison.Ordinal));
        if (RefuseWrappedCachedCard() is null)
        {
            throw new InvalidOperationException("The wrapped card was not refused.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    [Benchmark]
    public string? RefuseNestingInHeader() => Refuse(_deepInAction);

    [Benchmark]
    public string? RefuseNestingInCard() => Refuse(_deepInCard);

    [Benchmark]
    public string? RefuseNamespaceFlood() => Refuse(_namespaceFlood);

    [Benchmark]
    public string? RefuseLongFlowId() => Refuse(_longFlowId);

    [Benchmark]
    public string? RefuseHugeValue() => Refuse(_hugeValue);

    /// <summary>A card in the verifier's cache, resent with a second element carrying its id.</summary>
    [Benchmark]
    public string? RefuseWrappedCachedCard()
    {
        var message = Parse(_wrappedCachedCard);
        try
        {
            _verifier.Verify(message.Assertion!, IdCardRequirements.SystemLevel3);
            return null;
        }
        catch (IdCardRejectedException refused)
        {
            return refused.FaultCode;
        }
    }

    private static string? Refuse(byte[] envelope)
    {
        try
        {
            Parse(envelope);
            return null;
        }
        catch (SoapFaultException refused)
        {
            return refused.Fault.FaultCode;
        }
    }

    private static SoapRequestMessage Parse(byte[] envelope) => SoapEnvelopeReader.Parse(envelope, envelope.Length, SoapVersion.Soap11, SoapParsingLimits.Default);

    private static byte[] Envelope(string header) =>
        Encoding.UTF8.GetBytes($"<soap:Envelope xmlns:soap=\"{Soap}\"><soap:Header>{header}</soap:Header><soap:Body>{Body}</soap:Body></soap:Envelope>");
}
