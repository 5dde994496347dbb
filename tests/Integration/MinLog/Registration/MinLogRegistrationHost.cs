using System.Text.Json;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Api.MinLog.Registration;
using Nsp.Api.Shared.Soap;
using Nsp.Application.MinLog.Registration;
using Nsp.Domain.MinLog;
using Nsp.Domain.MinLog.Whitelisting;
using Nsp.Infrastructure.MinLog.Persistence;
using Nsp.Tests.Integration.Shared.Database;
using Nsp.Tests.Integration.Shared.Hosting;
using Nsp.Tests.Integration.Shared.Logging;
using Nsp.Tests.Integration.Shared.Soap;
using Nsp.Tests.Integration.Shared.Sts;

namespace Nsp.Tests.Integration.MinLog.Registration;

/// <summary>The real host serving only the minlog part on a PostgreSQL test database, trusting the test STS, with the
/// test STS's CVR whitelisted for <c>dk.nsi.minlog.registration</c>. Calls go over SOAP with signed system cards.
/// Disposing fails when the application log holds a CPR number the tests used.</summary>
public sealed class MinLogRegistrationHost : IDisposable
{
    private readonly string _trustDirectory;

    public MinLogRegistrationHost(PostgresTestDatabase database, Dictionary<string, string>? minlogProperties = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        DatabaseName = database.Name;
        _trustDirectory = Directory.CreateTempSubdirectory("nsp-minlog-sts-").FullName;
        string pem = Path.Combine(_trustDirectory, "test-sts.pem");
        File.WriteAllText(pem, TestSts.Trusted.ExportCertificatePem());
        Factory = new NspHostFactory(new Dictionary<string, string?>
        {
            ["nsp.sts.federation"] = "test",
            ["nsp.sts.test.certificates"] = pem,
            ["nsp.services"] = "minlog",
            ["nsp.db.provider"] = "postgresql",
            ["nsp.db.connectionstring"] = database.ConnectionString,
            // EF raises its command events (which DbCommandCounter counts) only while the category is enabled; the
            // test script's Logging__LogLevel__Default=Warning would silence them.
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information",
        });
        if (minlogProperties is not null)
        {
            IdsasTestProperties.Write(Factory.ConfigDirectory, "minlog", minlogProperties);
        }

        Client = Factory.CreateClient();
        Whitelist(TestSts.Cvr);
    }

    public NspHostFactory Factory { get; }

    /// <summary>The PostgreSQL database the host uses.</summary>
    public string DatabaseName { get; }

    public HttpClient Client { get; }

    public TestSts Sts { get; } = new(TimeProvider.System);

    /// <summary>CPR numbers the tests used, for the application log scan.</summary>
    public List<string> Cprs { get; } = [TestSts.UserCpr];

    public string LogDirectory => Path.Combine(Factory.Root, "logs");

    /// <summary>Adds a <c>whitelist_config</c> row for <paramref name="cvr"/> unless there is one.</summary>
    public void Whitelist(string cvr, string serviceKey = MinLogRegistrationKeys.WhitelistServiceKey)
    {
        using var testCode = CapturingLoggerProvider.TestCode();
        using var scope = Factory.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<MinLogDbContext>();
        if (!context.Set<WhitelistConfigEntry>().Any(w => w.ServiceKey == serviceKey && w.Cvr == cvr))
        {
            context.Set<WhitelistConfigEntry>().Add(WhitelistConfigEntry.Create(serviceKey, WhitelistConfigEntry.NoType, cvr, "test"));
            context.SaveChanges();
        }
    }

    /// <summary>An AddRegistrations call: <paramref name="body"/> with <paramref name="card"/> (default a valid system card).</summary>
    public async Task<SoapAnswer> AddAsync(string body, XmlElement? card = null, string? action = MinLogRegistrationContract.SoapAction)
    {
        using var request = SoapRequests.Post(
            MinLogRegistrationContract.Path, SoapRequests.Envelope(SoapVersion.Soap11, card ?? Sts.ValidSystemCard(), body), action: action);
        using var response = await Client.SendAsync(request);
        return await SoapAnswer.ReadAsync(response);
    }

    /// <summary>The stored entries of <paramref name="cpr"/>, oldest id first.</summary>
    public List<LogEntry> Entries(string cpr)
    {
        Cprs.Add(cpr);
        using var testCode = CapturingLoggerProvider.TestCode();
        using var scope = Factory.Services.CreateScope();
        return [.. scope.ServiceProvider.GetRequiredService<MinLogDbContext>().LogEntries.AsNoTracking().Where(e => e.CprNrBorger == cpr).OrderBy(e => e.Id)];
    }

    /// <summary>The stored entry with <paramref name="regKode"/>, if any.</summary>
    public LogEntry? Entry(string regKode)
    {
        using var testCode = CapturingLoggerProvider.TestCode();
        using var scope = Factory.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<MinLogDbContext>().LogEntries.AsNoTracking().SingleOrDefault(e => e.RegKode == regKode);
    }

    /// <summary>How many of <paramref name="regKodes"/> are stored.</summary>
    public int CountEntries(IReadOnlyCollection<string> regKodes)
    {
        using var testCode = CapturingLoggerProvider.TestCode();
        using var scope = Factory.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<MinLogDbContext>().LogEntries.Count(e => regKodes.Contains(e.RegKode));
    }

    /// <summary>The name an entry refers to.</summary>
    public string? OrganisationName(LogEntry entry)
    {
        using var testCode = CapturingLoggerProvider.TestCode();
        using var scope = Factory.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<MinLogDbContext>().OrganisationNames.AsNoTracking()
            .Where(o => o.Id == entry.OrganisationNameId).Select(o => o.Name).SingleOrDefault();
    }

    public List<string> MinLogLines() => LogFiles.ReadLines(LogDirectory, "Minlog*.log");

    public IReadOnlyList<JsonElement> AuditLines() =>
        [.. LogFiles.ReadAuditLines(Factory.Services, LogDirectory).Select(l => JsonDocument.Parse(l).RootElement)];

    public JsonElement LastAudit() => AuditLines()[^1];

    /// <summary>Key → (type, value or joined values) of the addRegistrations context in <paramref name="line"/>.</summary>
    public static Dictionary<string, (string Type, string Value)> Information(JsonElement line) =>
        line.GetProperty("audit").GetProperty("components").EnumerateArray()
            .SelectMany(c => c.GetProperty("contexts").EnumerateArray())
            .Where(c => c.GetProperty("context").GetString() == MinLogRegistrationAudit.AddRegistrationsContext)
            .SelectMany(c => c.GetProperty("information").EnumerateArray())
            .ToDictionary(
                i => i.GetProperty("key").GetString()!,
                i => (i.GetProperty("type").GetString()!,
                    i.TryGetProperty("value", out var v) ? v.GetString() ?? string.Empty : string.Join(",", i.GetProperty("values").EnumerateArray().Select(x => x.GetString()))));

    public static int Code(JsonElement line) => line.GetProperty("access").GetProperty("code").GetInt32();

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        Directory.Delete(_trustDirectory, recursive: true);
        CprScan.AssertNone(Factory.Log.Lines, Cprs);
    }
}
