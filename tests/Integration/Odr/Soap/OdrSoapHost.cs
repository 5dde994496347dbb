using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Api.Odr.Soap;
using Nsp.Api.Shared.Security;
using Nsp.Api.Shared.Soap;
using Nsp.Domain.Odr;
using Nsp.Domain.Odr.Registrations;
using Nsp.Domain.Shared.Persons;
using Nsp.Infrastructure.Odr.Persistence;
using Nsp.Infrastructure.Shared.Persistence;
using Nsp.Tests.Integration.Shared.Hosting;
using Nsp.Tests.Integration.Shared.Logging;
using Nsp.Tests.Integration.Shared.Soap;
using Nsp.Tests.Integration.Shared.Sts;

namespace Nsp.Tests.Integration.Odr.Soap;

/// <summary>The real API host on SQLite serving the odr part, trusting the test STS, with ODR's property files from
/// <see cref="OdrTestProperties"/>. Calls go over SOAP with signed cards (DGWS) or holder-of-key signed messages
/// (IDWS). Disposing fails when the application log holds a CPR the test used.</summary>
public sealed partial class OdrSoapHost : IDisposable
{
    private readonly string _trustDirectory;

    public OdrSoapHost()
        : this(_ => { })
    {
    }

    /// <param name="configure">Edits the property files (in the given directory) after the defaults are written.</param>
    /// <param name="services">The parts served (<c>nsp.services</c>).</param>
    public OdrSoapHost(Action<string> configure, string services = "odr")
    {
        ArgumentNullException.ThrowIfNull(configure);
        _trustDirectory = Directory.CreateTempSubdirectory("nsp-odr-sts-").FullName;
        string pem = Path.Combine(_trustDirectory, "test-sts.pem");
        File.WriteAllText(pem, TestSts.Trusted.ExportCertificatePem());
        Factory = new NspHostFactory(new Dictionary<string, string?>
        {
            ["nsp.sts.federation"] = "test",
            ["nsp.sts.test.certificates"] = pem,
            ["nsp.services"] = services,
        });
        OdrTestProperties.WriteDefaults(Factory.ConfigDirectory);
        configure(Factory.ConfigDirectory);
        Client = Factory.CreateClient();
    }

    public NspHostFactory Factory { get; }

    public HttpClient Client { get; }

    public TestSts Sts { get; } = new(TimeProvider.System);

    /// <summary>A health professional: a user card with an authorisation code, from the test STS's system.</summary>
    public XmlElement HealthProfessional() => Sts.ValidUserCard();

    /// <summary>A user card from the allowed admin system.</summary>
    public XmlElement Admin() => TestSts.SignedCard(Sts.UserRequest() with { ItSystemName = OdrTestProperties.AdminSystem });

    /// <summary>A user card without authorisation code from the allowed admin system.</summary>
    public XmlElement AdminWithoutAuthorisation() =>
        TestSts.SignedCard(Sts.UserRequest() with { ItSystemName = OdrTestProperties.AdminSystem, UserAuthorizationCode = null });

    /// <summary>A system card (no user) from the allowed admin system.</summary>
    public XmlElement AdminSystemCard() => TestSts.SignedCard(Sts.SystemRequest() with { ItSystemName = OdrTestProperties.AdminSystem });

    /// <summary>A user card without authorisation code (neither professional nor citizen).</summary>
    public XmlElement UserWithoutAuthorisation() => TestSts.SignedCard(Sts.UserRequest() with { UserAuthorizationCode = null });

    /// <summary>A DGWS call: <paramref name="body"/> with <paramref name="card"/> (default a system card) and a SOAPAction.</summary>
    public async Task<SoapAnswer> CallAsync(string path, string body, XmlElement? card = null, string? soapAction = null)
    {
        using var request = SoapRequests.Post(path, SoapRequests.Envelope(SoapVersion.Soap11, card ?? Sts.ValidSystemCard(), body), action: soapAction);
        using var response = await Client.SendAsync(request);
        return await SoapAnswer.ReadAsync(response);
    }

    /// <summary>A citizen's IDWS call to <c>/odr/odr</c>: WS-Addressing, a timestamp and the token of
    /// <paramref name="tokenCpr"/>, the message signed by the token's holder-of-key as sundhed.dk sends it.</summary>
    public async Task<SoapAnswer> CitizenCallAsync(string body, string operation, string tokenCpr = OdrTestProperties.Citizen)
    {
        var token = Sts.IdwsCitizenToken(tokenCpr);
        var created = DateTimeOffset.UtcNow;
        string xml =
            $"""<soap:Envelope xmlns:soap="{SoapNamespaces.Soap11}" xmlns:wsa="{SoapNamespaces.Wsa}" xmlns:wsse="{SosiNamespaces.Wsse}" xmlns:wsu="{SosiNamespaces.Wsu}"><soap:Header><wsa:Action wsu:Id="action">{OdrSoapContract.Action(operation)}</wsa:Action><wsa:MessageID wsu:Id="messageid">urn:uuid:{Guid.NewGuid()}</wsa:MessageID><wsse:Security><wsu:Timestamp wsu:Id="ts"><wsu:Created>{created:yyyy-MM-ddTHH:mm:ssZ}</wsu:Created><wsu:Expires>{created.AddMinutes(5):yyyy-MM-ddTHH:mm:ssZ}</wsu:Expires></wsu:Timestamp>{token.OuterXml}</wsse:Security></soap:Header><soap:Body wsu:Id="body">{body}</soap:Body></soap:Envelope>""";
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        document.LoadXml(xml);
        Sign(document, TestSts.Untrusted, "body", "ts", "action", "messageid");
        using var request = SoapRequests.Post("/odr/odr", document.OuterXml, action: OdrSoapContract.Action(operation));
        using var response = await Client.SendAsync(request);
        return await SoapAnswer.ReadAsync(response);
    }

    /// <summary>Stores an active FULL registration for <paramref name="cpr"/> straight in the database (no call, no
    /// MinLog entry), so persons the rules keep from registering can still have one to act on.</summary>
    public void AddActiveRegistration(string cpr)
    {
        using var scope = Factory.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<OdrDbContext>();
        context.Registrations.Add(OrganDonorRegistration.Create(Cpr.Parse(cpr), PermissionType.Full, OrganPermissions.NoneGiven, null, DateTime.UtcNow.AddDays(-1)));
        context.SaveChanges();
    }

    /// <summary>The registration rows of <paramref name="cpr"/>, oldest first.</summary>
    public List<OrganDonorRegistration> Rows(string cpr)
    {
        using var scope = Factory.Services.CreateScope();
        return [.. scope.ServiceProvider.GetRequiredService<OdrDbContext>().Registrations.AsNoTracking().Where(r => r.Cpr == cpr).OrderBy(r => r.Id)];
    }

    /// <summary>ODR's MinLog outbox rows about <paramref name="cpr"/>.</summary>
    public List<MinLogOutboxRecord> MinLog(string cpr)
    {
        using var scope = Factory.Services.CreateScope();
        return [.. scope.ServiceProvider.GetRequiredService<OdrDbContext>().Set<MinLogOutboxRecord>().AsNoTracking().Where(r => r.CprNrBorger == cpr).OrderBy(r => r.Id)];
    }

    /// <summary>The JSON lines of the host's audit log so far.</summary>
    public IReadOnlyList<JsonElement> AuditLines() =>
        [.. LogFiles.ReadAuditLines(Factory.Services, Path.Combine(Factory.Root, "logs")).Select(l => JsonDocument.Parse(l).RootElement)];

    /// <summary>The audit line of the last call (the log is written when the response completes).</summary>
    public JsonElement LastAudit() => AuditLines()[^1];

    /// <summary>Key → value (or joined values) of <paramref name="context"/> in <paramref name="line"/>.</summary>
    public static Dictionary<string, string> Information(JsonElement line, string context) =>
        line.GetProperty("audit").GetProperty("components").EnumerateArray()
            .SelectMany(c => c.GetProperty("contexts").EnumerateArray())
            .Where(c => c.GetProperty("context").GetString() == context)
            .SelectMany(c => c.GetProperty("information").EnumerateArray())
            .ToDictionary(
                i => i.GetProperty("key").GetString()!,
                i => i.TryGetProperty("value", out var v) ? v.GetString() ?? string.Empty : string.Join(",", i.GetProperty("values").EnumerateArray().Select(x => x.GetString())));

    public static int Code(JsonElement line) => line.GetProperty("access").GetProperty("code").GetInt32();

    public void Dispose()
    {
        List<string> cprs = [.. OdrTestProperties.Cprs, TestSts.UserCpr];
        cprs.AddRange(AuditLines().SelectMany(l => TenDigitValue().Matches(l.GetRawText())).Select(m => m.Groups[1].Value));
        Client.Dispose();
        Factory.Dispose();
        Directory.Delete(_trustDirectory, recursive: true);
        CprScan.AssertNone(Factory.Log.Lines, cprs);
    }

    private static void Sign(XmlDocument document, X509Certificate2 signer, params string[] signedIds) =>
        HolderOfKeySigner.Sign(document, signer, signedIds);

    [GeneratedRegex("\"value\":\"([0-9]{10})\"")]
    private static partial Regex TenDigitValue();
}
