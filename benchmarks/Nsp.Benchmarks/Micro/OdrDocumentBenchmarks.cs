using System.Text;
using System.Xml;
using System.Xml.Linq;
using BenchmarkDotNet.Attributes;
using Nsp.Api.Idsas.FirstStart;
using Nsp.Api.Odr.FirstStart;
using Nsp.Api.Odr.Soap;
using Nsp.Api.Shared.Security;
using Nsp.Api.Shared.Soap;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Benchmarks.Micro;

/// <summary>
/// Get's CDA document (<see cref="OrganDonorDocumentBuilder"/>) built and serialised alone, with and without an
/// active registration, and the whole SOAP answer of Has and Get as the gateway writes it
/// (<see cref="OdrResponseWriter"/> + <see cref="SoapResponseWriter.Success"/>: envelope, medcom header echo, body)
/// for a parsed sample request with a user card.
/// </summary>
[MemoryDiagnoser]
public class OdrDocumentBenchmarks
{
    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
        CloseOutput = false,
    };

    private static readonly OrganDonorRegistrationMessage Limited =
        new("LIMITED", true, false, true, false, true, true, false, false, false);

    private readonly DateTimeOffset _registeredAt = new(2024, 3, 15, 13, 30, 0, TimeSpan.Zero);
    private readonly string _cpr = LocalSampleSystem.PatientCpr;
    private string _root = null!;
    private SoapEndpointDefinition _endpoint = null!;
    private SoapRequestMessage _request = null!;
    private SoapOperation _has = null!;
    private SoapOperation _get = null!;

    [GlobalSetup]
    public void Setup()
    {
        _root = Path.Combine(Path.GetTempPath(), "nsp-bench-odr-" + Guid.NewGuid().ToString("N"));
        string envelope = OdrSampleRequest.Envelope(
            OdrSoapContract.GetOrganDonorRegistration, new NspHostOptions { SqliteDirectory = _root }, TimeProvider.System)!;
        byte[] bytes = Encoding.UTF8.GetBytes(envelope);
        _request = SoapEnvelopeReader.Parse(bytes, bytes.Length, SoapVersion.Soap11, SoapParsingLimits.Default);
        _has = Operation(OdrSoapContract.HasOrganDonorRegistration);
        _get = Operation(OdrSoapContract.GetOrganDonorRegistration);
        _endpoint = new SoapEndpointDefinition(
            "/odr/odr", SoapVersion.Soap11, SoapSecurity.DgwsOrIdws, OdrSoapContract.AuditCategory, OdrSoapEndpoints.DefaultMaxRequestBytes,
            requireWsAddressing: false, publicBaseUrl: null,
            new Dictionary<XmlQualifiedName, SoapOperation> { [_has.Element] = _has, [_get.Element] = _get }, null, [], []);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Benchmark]
    public XElement BuildDocumentRegistered() =>
        OrganDonorDocumentBuilder.Build(_cpr, Limited, _registeredAt, Guid.NewGuid(), DateTimeOffset.UtcNow);

    [Benchmark]
    public int BuildAndSerialiseDocumentRegistered() => Serialise(BuildDocumentRegistered());

    [Benchmark]
    public int BuildAndSerialiseDocumentUnregistered() =>
        Serialise(OrganDonorDocumentBuilder.Build(_cpr, null, null, Guid.NewGuid(), DateTimeOffset.UtcNow));

    /// <summary>Has's whole answer: the response element and the envelope around it.</summary>
    [Benchmark]
    public int HasResponse() =>
        SoapResponseWriter.Success(_endpoint, _request, _has, new SoapResponseBody(OdrResponseWriter.Has(true))).Length;

    /// <summary>Get's whole answer with a registration: the CDA document, the response element and the envelope.</summary>
    [Benchmark]
    public int GetResponseRegistered() =>
        SoapResponseWriter.Success(_endpoint, _request, _get, new SoapResponseBody(OdrResponseWriter.Get(BuildDocumentRegistered()))).Length;

    private static int Serialise(XElement document)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, WriterSettings))
        {
            document.WriteTo(writer);
        }

        return (int)buffer.Length;
    }

    private static SoapOperation Operation(string operation) =>
        new(OdrSoapContract.RequestElement(operation), OdrSoapContract.Action(operation), null, IdCardRequirements.AnyCard(3), (_, _) => Task.FromResult(default(SoapResponseBody)));
}
