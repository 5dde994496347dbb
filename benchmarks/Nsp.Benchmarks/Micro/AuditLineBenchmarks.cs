using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Nsp.Application.Idsas.Audit;
using Nsp.Application.Shared.Audit;
using Nsp.Infrastructure.Shared.Audit;

namespace Nsp.Benchmarks.Micro;

/// <summary>The audit line every SOAP call writes when its response is complete: serialising a lookup's record, and
/// serialising plus appending it to the rolling audit file as the host does (the file sink is Serilog's, shared).</summary>
[MemoryDiagnoser]
public class AuditLineBenchmarks
{
    private string _directory = null!;
    private FileAuditSink _sink = null!;
    private AuditLogWriter _writer = null!;
    private AuditRecord _record = null!;

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "nsp-bench-audit-" + Guid.NewGuid().ToString("N"));
        _sink = new FileAuditSink(_directory);
        _writer = new AuditLogWriter([_sink], TimeProvider.System, NullLogger<AuditLogWriter>.Instance);
        _record = LookupRecord();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _sink.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark]
    public string SerializeLookupLine() => AuditLineSerializer.Serialize(_record, DateTimeOffset.UtcNow);

    [Benchmark]
    public void WriteLookupLineToFile() => _writer.Write(_record);

    /// <summary>What a GetBlurredOrganisations call's record holds when the middleware writes it.</summary>
    private static AuditRecord LookupRecord()
    {
        var record = new AuditRecord(IdsasAudit.Category, DateTimeOffset.UtcNow);
        record.Component(IdsasAudit.Component).Context(IdsasAudit.GetBlurredOrganisationsContext)
            .Add(IdsasAudit.PatientId, AuditInformationType.RPI, "0101701234")
            .Add(IdsasAudit.PatientIdSource, AuditInformationType.RPI, IdsasAudit.CprSource)
            .Add(IdsasAudit.ActiveBlurringsFound, AuditInformationType.RPI, "true");
        var access = new AuditAccess
        {
            Code = 200,
            DurationMilliseconds = 2,
            HttpHost = "127.0.0.1",
            Method = "POST",
            Path = "/idsas-lookup/20240124/lookup",
            Port = 5000,
            Protocol = "http",
            RequestSize = 4944,
            ResponseSize = 612,
            ThreadId = "12",
            Time = DateTimeOffset.UtcNow,
        };
        access.HttpHeaders["Content-Type"] = "text/xml; charset=utf-8";
        access.IdCardAttributes["medcom:CareProviderID"] = "12345674";
        access.IdCardAttributes["medcom:CareProviderName"] = "Lokal prøveorganisation";
        access.IdCardAttributes["medcom:ITSystemName"] = "LocalSampleSystem";
        access.IdCardAttributes["sosi:AuthenticationLevel"] = "3";
        access.IdCardAttributes["sosi:IDCardID"] = "36d28e11200f46da9030183b599fb319";
        access.IdCardAttributes["sosi:IDCardType"] = "system";
        access.IdCardAttributes["sosi:IDCardVersion"] = "1.0.1";
        access.SoapHeaders["FlowID"] = "be6af6ba36734e82a39f16c4d97c01ad";
        access.SoapHeaders["Issuer"] = "LOCAL-NSP-STS";
        access.SoapHeaders["MessageID"] = "5e73d16b16a648b09d7de70a27bf30f0";
        access.SoapHeaders["NameID"] = "12345674";
        access.Stats["handlerDuration"] = 1;
        access.Stats["requestReadDuration"] = 0;
        access.Stats["securityDuration"] = 0;
        record.Access = access;
        return record;
    }
}
