using System.Xml;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nsp.Domain.Idsas.Whitelisting;
using Nsp.Infrastructure.Idsas.Persistence;
using Nsp.Tests.Integration.Shared.Hosting;
using Nsp.Tests.Integration.Shared.Sts;

namespace Nsp.Tests.Integration.Hostile;

/// <summary>The real API host serving all four IDSAS parts on SQLite, trusting the test STS, as
/// <c>IdsasSoapHost</c> sets it up, plus: its error log entries recorded, a first salt, and the forged CVR whitelisted too (so a
/// forgery that got through would be accepted and seen, not refused for another reason).</summary>
public sealed class HostileIdsasHost : IAsyncDisposable
{
    private readonly NspHostFactory _root;
    private readonly WebApplicationFactory<Program> _factory;
    private readonly string _trustDirectory;

    private HostileIdsasHost(NspHostFactory root, WebApplicationFactory<Program> factory, string trustDirectory, ErrorLogRecorder logs)
    {
        _root = root;
        Logs = logs;
        _factory = factory;
        _trustDirectory = trustDirectory;
        Client = factory.CreateClient();
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _factory.Services;

    /// <summary>The host's Error and Critical log entries.</summary>
    public ErrorLogRecorder Logs { get; }

    public TestSts Sts { get; } = new(TimeProvider.System);

    public string LogDirectory => Path.Combine(_root.Root, "logs");

    public static async Task<HostileIdsasHost> StartAsync()
    {
        string trust = Directory.CreateTempSubdirectory("nsp-hostile-sts-").FullName;
        string pem = Path.Combine(trust, "test-sts.pem");
        await File.WriteAllTextAsync(pem, TestSts.Trusted.ExportCertificatePem());
        var root = new NspHostFactory(new Dictionary<string, string?>
        {
            ["nsp.sts.federation"] = "test",
            ["nsp.sts.test.certificates"] = pem,
            ["nsp.services"] = "idsas-registration,idsas-lookup,idsas-salt,idsas-operations",
        });
        var logs = new ErrorLogRecorder();
        var factory = root.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(logs)));
        var host = new HostileIdsasHost(root, factory, trust, logs);
        using (var scope = host.Services.CreateScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<IdsasDbContext>();
            context.Whitelist.Add(WhitelistEntry.Create(TestSts.Cvr, WhitelistType.Blurring, "hostile input run"));
            context.Whitelist.Add(WhitelistEntry.Create(HostileMaterial.ForgedCvr, WhitelistType.Blurring, "forged cards must still fail"));
            await context.SaveChangesAsync();
        }

        using var salt = await host.Client.GetAsync(new Uri("/idsas-operations/renew-salt", UriKind.Relative));
        if (!salt.IsSuccessStatusCode)
        {
            throw new InvalidOperationException("renew-salt failed: " + await salt.Content.ReadAsStringAsync());
        }

        return host;
    }

    /// <summary>POSTs a base request unchanged and returns its status and Body element.</summary>
    public async Task<(int Status, XmlElement Answer)> SendAsync(HostileBaseRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var message = new HttpRequestMessage(HttpMethod.Post, request.Path) { Content = new StringContent(request.Envelope, System.Text.Encoding.UTF8, "text/xml") };
        using var response = await Client.SendAsync(message);
        var document = new XmlDocument();
        document.LoadXml(await response.Content.ReadAsStringAsync());
        var body = document.GetElementsByTagName("Body", Nsp.Api.Shared.Soap.SoapNamespaces.Soap11)[0]!;
        return ((int)response.StatusCode, body.ChildNodes.OfType<XmlElement>().Single());
    }

    public IReadOnlyList<string> AuditLines() => LogFiles.ReadAuditLines(_factory.Services, LogDirectory);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await _root.DisposeAsync();
        Directory.Delete(_trustDirectory, recursive: true);
    }
}
