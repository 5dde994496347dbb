using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Api.MinLog.Lookup;
using Nsp.Api.Shared.Security;
using Nsp.Api.Shared.Soap;
using Nsp.Domain.MinLog;
using Nsp.Domain.MinLog.Whitelisting;
using Nsp.Infrastructure.MinLog.Persistence;
using Nsp.Infrastructure.Shared.Persistence;
using Nsp.Tests.Integration.Shared.Database;
using Nsp.Tests.Integration.Shared.Hosting;
using Nsp.Tests.Integration.Shared.Logging;
using Nsp.Tests.Integration.Shared.Soap;
using Nsp.Tests.Integration.Shared.Sts;

namespace Nsp.Tests.Integration.MinLog.Lookup;

/// <summary>The real host serving only the minlog part on a PostgreSQL test database (or SQLite), trusting the test STS, with
/// <c>minlog.properties</c> as a test writes it. Every host starts from empty MinLog tables and job states; entries
/// are stored straight in the database (no registration call). Lookups go over SOAP with signed DGWS cards or
/// holder-of-key signed IDWS citizen messages. Disposing fails when the application log holds a CPR.</summary>
public sealed partial class MinLogLookupHost : IAsyncDisposable
{
    /// <summary>A citizen with entries in most tests.</summary>
    public const string Citizen = "0202904321";

    /// <summary>Another citizen.</summary>
    public const string Other = "1111111118";

    private readonly string _trustDirectory;

    private MinLogLookupHost(string trustDirectory, NspHostFactory factory)
    {
        _trustDirectory = trustDirectory;
        Factory = factory;
        Client = factory.CreateClient();
    }

    public NspHostFactory Factory { get; }

    public HttpClient Client { get; }

    public TestSts Sts { get; } = new(TimeProvider.System);

    /// <summary>On PostgreSQL: the class's database, emptied first.</summary>
    public static Task<MinLogLookupHost> StartAsync(PostgresTestDatabase database, Dictionary<string, string>? properties = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        return StartAsync(
            new Dictionary<string, string?> { ["nsp.db.provider"] = "postgresql", ["nsp.db.connectionstring"] = database.ConnectionString },
            properties,
            truncate: true);
    }

    /// <summary>On SQLite, the embedded default's provider: a fresh data directory, so empty.</summary>
    public static Task<MinLogLookupHost> StartOnSqliteAsync(Dictionary<string, string>? properties = null) =>
        StartAsync(new Dictionary<string, string?> { ["nsp.db.provider"] = "sqlite" }, properties, truncate: false);

    private static async Task<MinLogLookupHost> StartAsync(Dictionary<string, string?> database, Dictionary<string, string>? properties, bool truncate)
    {
        string trust = Directory.CreateTempSubdirectory("nsp-minlog-sts-").FullName;
        string pem = Path.Combine(trust, "test-sts.pem");
        await File.WriteAllTextAsync(pem, TestSts.Trusted.ExportCertificatePem());
        var factory = new NspHostFactory(new Dictionary<string, string?>(database)
        {
            ["nsp.sts.federation"] = "test",
            ["nsp.sts.test.certificates"] = pem,
            ["nsp.services"] = "minlog",
        });
        IdsasTestProperties.Write(factory.ConfigDirectory, "minlog", properties ?? []);
        MinLogLookupHost host;
        try
        {
            host = new MinLogLookupHost(trust, factory) { IsSqlite = !truncate };
        }
        catch
        {
            // Start-up refused (a test of bad properties): release what was made.
            factory.Dispose();
            Directory.Delete(trust, recursive: true);
            throw;
        }

        try
        {
            if (truncate)
            {
                await host.SqlAsync("TRUNCATE logentry, organisationname, status, whitelist_config, job_state, job_lease");
            }

            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    private bool IsSqlite { get; init; }

    /// <summary>Lists <paramref name="cvr"/> in <c>whitelist_config</c> under <paramref name="serviceKey"/>.</summary>
    public Task WhitelistAsync(string cvr = TestSts.Cvr, string serviceKey = WhitelistConfigEntry.LookupServiceKey) =>
        WithContextAsync(c =>
        {
            c.Set<WhitelistConfigEntry>().Add(WhitelistConfigEntry.Create(serviceKey, WhitelistConfigEntry.NoType, cvr, "test"));
            return Task.FromResult(0);
        });

    /// <summary>Stores one entry (and its organisation's name, found or added) as registration would.</summary>
    public Task AddEntryAsync(
        string regKode, string cpr, DateTime tidspunktUtc, string? orgUsingId = null, string? organisationName = null,
        string? bruger = "0101801234", string? handling = "Opslag i Organdonorregistret", string? systemName = "FMK", string? sessionId = "session-1") =>
        WithContextAsync(async c =>
        {
            var entry = LogEntry.Create(regKode, cpr, bruger, null, orgUsingId, systemName, handling, sessionId, tidspunktUtc);
            if (organisationName is not null)
            {
                var name = await c.OrganisationNames.FirstOrDefaultAsync(o => o.Name == organisationName);
                if (name is null)
                {
                    name = OrganisationName.Create(organisationName);
                    c.OrganisationNames.Add(name);
                    await c.SaveChangesAsync();
                }

                entry.NameOrganisation(name);
            }

            c.LogEntries.Add(entry);
            return 0;
        });

    /// <summary>Stores <paramref name="count"/> entries of <paramref name="cpr"/>, one millisecond apart after
    /// <paramref name="firstUtc"/>, with regKodes <c>&lt;prefix&gt;-1</c>.., naming <paramref name="organisationNameId"/>:
    /// one INSERT on PostgreSQL, the entities on SQLite.</summary>
    public Task AddEntriesAsync(string prefix, string cpr, DateTime firstUtc, int count, int? organisationNameId = null)
    {
        if (IsSqlite)
        {
            return WithContextAsync(async c =>
            {
                var name = organisationNameId is { } id ? await c.OrganisationNames.SingleAsync(o => o.Id == id) : null;
                for (int i = 1; i <= count; i++)
                {
                    var entry = LogEntry.Create($"{prefix}-{i}", cpr, null, null, null, null, "Opslag", null, firstUtc.AddMilliseconds(i));
                    if (name is not null)
                    {
                        entry.NameOrganisation(name);
                    }

                    c.LogEntries.Add(entry);
                }

                return count;
            });
        }

        return WithContextAsync(c => organisationNameId is { } nameId
            ? c.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO logentry (regkode, cprnrborger, orgusingname_id, handling, tidspunkt)
                SELECT {prefix} || '-' || g, {cpr}, {nameId}, 'Opslag', {firstUtc} + g * interval '1 millisecond'
                FROM generate_series(1, {count}) g
                """)
            : c.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO logentry (regkode, cprnrborger, handling, tidspunkt)
                SELECT {prefix} || '-' || g, {cpr}, 'Opslag', {firstUtc} + g * interval '1 millisecond'
                FROM generate_series(1, {count}) g
                """));
    }

    /// <summary>Stores an organisation name and returns its id.</summary>
    public Task<int> AddNameAsync(string name) =>
        WithContextAsync(async c =>
        {
            var row = OrganisationName.Create(name);
            c.OrganisationNames.Add(row);
            await c.SaveChangesAsync();
            return row.Id;
        });

    /// <summary>The cleanup job's state as its row keeps it (NOT_STARTED when it never ran).</summary>
    public Task<string> JobStateAsync() =>
        WithContextAsync(async c => await c.Set<JobStateRecord>().AsNoTracking()
            .Where(s => s.Job == "minlog-cleanup").Select(s => s.State).FirstOrDefaultAsync() ?? "NOT_STARTED");

    public Task<int> CountAsync(string cpr) => WithContextAsync(c => c.LogEntries.CountAsync(l => l.CprNrBorger == cpr));

    public Task SqlAsync(string sql) => WithContextAsync(c => c.Database.ExecuteSqlRawAsync(sql));

    public async Task<T> WithContextAsync<T>(Func<MinLogDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        using var testCode = CapturingLoggerProvider.TestCode();
        await using var scope = Factory.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<MinLogDbContext>();
        var result = await work(context);
        await context.SaveChangesAsync();
        return result;
    }

    /// <summary>The request body for <paramref name="cpr"/> and an optional period, as xs:dateTime texts.</summary>
    public static string Body(string cpr, string? from = null, string? to = null) =>
        $"<ml:ListLogStatementsRequest xmlns:ml=\"{MinLogLookupContract.Namespace}\"><cprNR>{cpr}</cprNR>"
        + (from is null ? string.Empty : $"<fraDato>{from}</fraDato>")
        + (to is null ? string.Empty : $"<tilDato>{to}</tilDato>")
        + "</ml:ListLogStatementsRequest>";

    public static string Zulu(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>A DGWS call with <paramref name="card"/> (default: the test STS's system card, CVR <see cref="TestSts.Cvr"/>).</summary>
    public async Task<SoapAnswer> CallAsync(string body, XmlElement? card = null)
    {
        using var request = SoapRequests.Post(
            MinLogLookupContract.Path, SoapRequests.Envelope(SoapVersion.Soap11, card ?? Sts.ValidSystemCard(), body), action: MinLogLookupContract.Action);
        using var response = await Client.SendAsync(request);
        return await SoapAnswer.ReadAsync(response);
    }

    /// <summary>A citizen's IDWS call: WS-Addressing, a timestamp and the token of <paramref name="tokenCpr"/>, the
    /// message signed by the token's holder-of-key as sundhed.dk sends it.</summary>
    public async Task<SoapAnswer> CitizenCallAsync(string body, string tokenCpr = Citizen)
    {
        var token = Sts.IdwsCitizenToken(tokenCpr);
        var created = DateTimeOffset.UtcNow;
        string xml =
            $"""<soap:Envelope xmlns:soap="{SoapNamespaces.Soap11}" xmlns:wsa="{SoapNamespaces.Wsa}" xmlns:wsse="{SosiNamespaces.Wsse}" xmlns:wsu="{SosiNamespaces.Wsu}"><soap:Header><wsa:Action wsu:Id="action">{MinLogLookupContract.Action}</wsa:Action><wsa:MessageID wsu:Id="messageid">urn:uuid:{Guid.NewGuid()}</wsa:MessageID><wsse:Security><wsu:Timestamp wsu:Id="ts"><wsu:Created>{created:yyyy-MM-ddTHH:mm:ssZ}</wsu:Created><wsu:Expires>{created.AddMinutes(5):yyyy-MM-ddTHH:mm:ssZ}</wsu:Expires></wsu:Timestamp>{token.OuterXml}</wsse:Security></soap:Header><soap:Body wsu:Id="body">{body}</soap:Body></soap:Envelope>""";
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        document.LoadXml(xml);
        HolderOfKeySigner.Sign(document, TestSts.Untrusted, ["body", "ts", "action", "messageid"]);
        using var request = SoapRequests.Post(MinLogLookupContract.Path, document.OuterXml, action: MinLogLookupContract.Action);
        using var response = await Client.SendAsync(request);
        return await SoapAnswer.ReadAsync(response);
    }

    public async Task<(HttpStatusCode Code, string Body)> GetAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The answer's <c>LogEntry</c> elements, in order.</summary>
    public static List<XmlElement> Entries(SoapAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        Assert.True(answer.Status == HttpStatusCode.OK, answer.FaultString);
        var response = answer.BodyElement!;
        Assert.Equal(("ListLogStatementsResponse", MinLogLookupContract.Namespace), (response.LocalName, response.NamespaceURI));
        return [.. response.ChildNodes.OfType<XmlElement>()];
    }

    /// <summary>The text of an entry's unqualified child.</summary>
    public static string? Field(XmlElement entry, string name) =>
        entry.ChildNodes.OfType<XmlElement>().FirstOrDefault(e => e.LocalName == name && e.NamespaceURI.Length == 0)?.InnerText;

    public IReadOnlyList<JsonElement> AuditLines() =>
        [.. LogFiles.ReadAuditLines(Factory.Services, Path.Combine(Factory.Root, "logs")).Select(l => JsonDocument.Parse(l).RootElement)];

    public JsonElement LastAudit() => AuditLines()[^1];

    /// <summary>Key → (type, value) of <paramref name="context"/> in <paramref name="line"/>.</summary>
    public static Dictionary<string, (string Type, string Value)> Information(JsonElement line, string context) =>
        line.GetProperty("audit").GetProperty("components").EnumerateArray()
            .SelectMany(c => c.GetProperty("contexts").EnumerateArray())
            .Where(c => c.GetProperty("context").GetString() == context)
            .SelectMany(c => c.GetProperty("information").EnumerateArray())
            .ToDictionary(
                i => i.GetProperty("key").GetString()!,
                i => (i.GetProperty("type").GetString()!, i.TryGetProperty("value", out var v) ? v.GetString() ?? string.Empty : string.Empty));

    public static int Code(JsonElement line) => line.GetProperty("access").GetProperty("code").GetInt32();

    public async ValueTask DisposeAsync()
    {
        List<string> cprs = [Citizen, Other, TestSts.UserCpr, "0101801234"];
        cprs.AddRange(AuditLines().SelectMany(l => TenDigitValue().Matches(l.GetRawText())).Select(m => m.Groups[1].Value));
        var lines = Factory.Log.Lines.ToList();
        Client.Dispose();
        Factory.Dispose();
        Directory.Delete(_trustDirectory, recursive: true);
        CprScan.AssertNone(lines, cprs);
    }

    [GeneratedRegex("\"value\":\"([0-9]{10})\"")]
    private static partial Regex TenDigitValue();
}
