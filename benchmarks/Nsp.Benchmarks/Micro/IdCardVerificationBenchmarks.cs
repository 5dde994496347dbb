using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Xml;
using BenchmarkDotNet.Attributes;
using Nsp.Api.Idsas.FirstStart;
using Nsp.Api.Idsas.Soap;
using Nsp.Api.Shared.Security;
using Nsp.Api.Shared.Soap;
using Nsp.Application.Shared.Security;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Benchmarks.Micro;

/// <summary>
/// The SOAP gateway's front half for one GetBlurredOrganisations request (4.9 KB, a signed system card): reading the
/// envelope, and verifying its ID card with a first (uncached) and a cached card, as the gateway does. A cache miss
/// is forced by a verifier with room for one card and two cards used in turn.
/// </summary>
[MemoryDiagnoser]
public class IdCardVerificationBenchmarks
{
    private string _directory = null!;
    private byte[] _firstEnvelope = null!;
    private byte[] _secondEnvelope = null!;
    private IdCardVerifier _cachingVerifier = null!;
    private IdCardVerifier _oneCardVerifier = null!;
    private XmlElement _parsedAssertion = null!;
    private bool _useSecond;

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "nsp-bench-cards-" + Guid.NewGuid().ToString("N"));
        var hostOptions = new NspHostOptions { SqliteDirectory = _directory };
        _firstEnvelope = Envelope(hostOptions);
        _secondEnvelope = Envelope(hostOptions);
        using var issuer = LocalStsIssuer.CreateOrLoad(
            Path.Combine(_directory, SecurityServiceCollectionExtensions.LocalStsDirectoryName), TimeProvider.System);
        var trusted = new TrustedStsCertificates([X509CertificateLoader.LoadCertificate(issuer.Certificate.RawData)]);
        _cachingVerifier = new IdCardVerifier(trusted, TimeProvider.System, NspHostOptions.DefaultStsClockSkew);
        _oneCardVerifier = new IdCardVerifier(trusted, TimeProvider.System, NspHostOptions.DefaultStsClockSkew, cacheCapacity: 1);
        _parsedAssertion = Parse(_firstEnvelope).Assertion!;
        _ = ParseAndVerifyCachedCard();
        if (_cachingVerifier.SignatureVerifications != 1)
        {
            throw new InvalidOperationException("The sample card did not verify.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    [Benchmark]
    public XmlElement ParseEnvelope() => Parse(_firstEnvelope).Operation;

    /// <summary>Our SHA-256 of the assertion, which every call computes to look the card up.</summary>
    [Benchmark]
    public IdCardCacheKey CacheKeyOfCard() => IdCardCacheKey.Of(_parsedAssertion);

    [Benchmark]
    public SecurityContext ParseAndVerifyCachedCard()
    {
        var request = Parse(_firstEnvelope);
        return _cachingVerifier.VerifyToSecurityContext(request.Assertion!, IdCardRequirements.SystemLevel3, request.HeaderValues());
    }

    [Benchmark]
    public SecurityContext ParseAndVerifyFirstCard()
    {
        _useSecond = !_useSecond;
        var request = Parse(_useSecond ? _secondEnvelope : _firstEnvelope);
        return _oneCardVerifier.VerifyToSecurityContext(request.Assertion!, IdCardRequirements.SystemLevel3, request.HeaderValues());
    }

    private static SoapRequestMessage Parse(byte[] envelope) => SoapEnvelopeReader.Parse(envelope, envelope.Length, SoapVersion.Soap11, SoapParsingLimits.Default);

    private static byte[] Envelope(NspHostOptions hostOptions) =>
        Encoding.UTF8.GetBytes(IdsasSampleRequest.Envelope(IdsasSoapContract.GetBlurredOrganisations, hostOptions, TimeProvider.System)!);
}
