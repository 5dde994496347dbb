using System.Text.RegularExpressions;
using System.Xml;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Api.Shared.Soap;
using Nsp.Domain.Idsas.Whitelisting;
using Nsp.Infrastructure.Idsas.Persistence;
using Nsp.Tests.Integration.Shared.Hosting;
using Nsp.Tests.Integration.Shared.Logging;
using Nsp.Tests.Integration.Shared.Soap;
using Nsp.Tests.Integration.Shared.Sts;

namespace Nsp.Tests.Integration.Idsas;

/// <summary>The real API host on SQLite serving IDSAS, trusting the test STS (<c>nsp.sts.federation=test</c> with
/// its certificate as a PEM file) and with the test STS's CVR whitelisted BLURRING, as an operator would set it up.
/// Disposing it fails when the host's application log holds a CPR of the test's data (any 10-digit value of its
/// audit lines, any stored patient id): only the audit and MinLog files may hold them.</summary>
public sealed partial class IdsasSoapHost : IDisposable
{
    /// <param name="configure">Edits the property files (in the given directory) before the host starts.</param>
    public IdsasSoapHost(Action<string>? configure = null)
    {
        string root = Directory.CreateTempSubdirectory("nsp-idsas-sts-").FullName;
        TrustDirectory = root;
        string pem = Path.Combine(root, "test-sts.pem");
        File.WriteAllText(pem, TestSts.Trusted.ExportCertificatePem());
        Factory = new NspHostFactory(new Dictionary<string, string?>
        {
            ["nsp.sts.federation"] = "test",
            ["nsp.sts.test.certificates"] = pem,
            ["nsp.services"] = "idsas-registration,idsas-lookup,idsas-salt,idsas-operations",
        });
        configure?.Invoke(Factory.ConfigDirectory);
        Client = Factory.CreateClient();
        using var scope = Factory.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<IdsasDbContext>();
        context.Whitelist.Add(WhitelistEntry.Create(TestSts.Cvr, WhitelistType.Blurring, "integration test"));
        context.SaveChanges();
    }

    public NspHostFactory Factory { get; }

    public HttpClient Client { get; }

    public TestSts Sts { get; } = new(TimeProvider.System);

    private string TrustDirectory { get; }

    /// <summary>POSTs <paramref name="body"/> with a card (default: a valid system card) and a SOAPAction header
    /// (default: none) and returns the answer's status and Body child.</summary>
    public async Task<(int Status, XmlElement Body)> CallAsync(string path, string body, XmlElement? card = null, string? soapAction = null)
    {
        using var request = SoapRequests.Post(path, SoapRequests.Envelope(SoapVersion.Soap11, card ?? Sts.ValidSystemCard(), body), action: soapAction);
        using var response = await Client.SendAsync(request);
        var document = new XmlDocument { PreserveWhitespace = false };
        document.LoadXml(await response.Content.ReadAsStringAsync());
        var soapBody = document.GetElementsByTagName("Body", SoapNamespaces.Soap11)[0]!;
        return ((int)response.StatusCode, soapBody.ChildNodes.OfType<XmlElement>().Single());
    }

    /// <summary>The JSON lines of the host's audit log so far.</summary>
    public IReadOnlyList<string> AuditLines() => LogFiles.ReadAuditLines(Factory.Services, Path.Combine(Factory.Root, "logs"));

    public void Dispose()
    {
        var testCprs = TestCprs();
        Client.Dispose();
        Factory.Dispose();
        Directory.Delete(TrustDirectory, recursive: true);
        CprScan.AssertNone(Factory.Log.Lines, testCprs);
    }

    /// <summary>The CPRs this test used: the 10-digit values of its audit lines, the stored patient ids and the
    /// registry file's persons.</summary>
    private List<string> TestCprs()
    {
        List<string> cprs = [IdsasTestProperties.LivingCpr, IdsasTestProperties.DeadCpr];
        cprs.AddRange(AuditLines().SelectMany(l => TenDigitValue().Matches(l)).Select(m => m.Groups[1].Value));
        using var testCode = CapturingLoggerProvider.TestCode();
        using var scope = Factory.Services.CreateScope();
        cprs.AddRange(scope.ServiceProvider.GetRequiredService<IdsasDbContext>().Blurrings.Select(b => b.PatientId));
        return cprs;
    }

    [GeneratedRegex("\"value\":\"([0-9]{10})\"")]
    private static partial Regex TenDigitValue();
}
