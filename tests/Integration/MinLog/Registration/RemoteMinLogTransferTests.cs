using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Api.Odr.Soap;
using Nsp.Api.Shared.Soap;
using Nsp.Infrastructure.MinLog.Registration.Remote;
using Nsp.Infrastructure.Odr.Persistence;
using Nsp.Infrastructure.Shared.Persistence;
using Nsp.Tests.Integration.Odr.Soap;
using Nsp.Tests.Integration.Shared.Hosting;
using Nsp.Tests.Integration.Shared.Logging;
using Nsp.Tests.Integration.Shared.Soap;
using Nsp.Tests.Integration.Shared.Sts;

namespace Nsp.Tests.Integration.MinLog.Registration;

/// <summary>ODR's MinLog entries reach a MinLog that runs in another process: a host serving odr and odr-operations
/// (not minlog) sends its outbox over AddRegistrations to <c>minlog.registration.url</c>, signed with the system card
/// in <c>minlog.registration.idcard.file</c>, to a second in-test host serving minlog on PostgreSQL.</summary>
public sealed class RemoteMinLogTransferTests : IClassFixture<MinLogRegistrationFixture<RemoteMinLogTransferTests>>, IDisposable
{
    private const string Cpr = OdrTestProperties.Living;
    private const string MinLogUrl = "http://minlog.test.invalid" + MinLog2Wire.Path;

    private readonly MinLogRegistrationHost _minlog;
    private readonly string _cardFile;
    private readonly string _trustDirectory;
    private readonly NspHostFactory _odrFactory;
    private readonly WebApplicationFactory<Program> _odr;
    private readonly HttpClient _client;
    private readonly TestSts _sts = new(TimeProvider.System);

    public RemoteMinLogTransferTests(MinLogRegistrationFixture<RemoteMinLogTransferTests> fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        _minlog = fixture.Host;
        _minlog.Cprs.Add(Cpr);
        _trustDirectory = Directory.CreateTempSubdirectory("nsp-odr-remote-").FullName;
        string pem = Path.Combine(_trustDirectory, "test-sts.pem");
        File.WriteAllText(pem, TestSts.Trusted.ExportCertificatePem());
        _cardFile = Path.Combine(_trustDirectory, "system-card.xml");
        File.WriteAllText(_cardFile, _sts.ValidSystemCard().OuterXml);
        _odrFactory = new NspHostFactory(new Dictionary<string, string?>
        {
            ["nsp.sts.federation"] = "test",
            ["nsp.sts.test.certificates"] = pem,
            ["nsp.services"] = "odr,odr-operations",
        });
        OdrTestProperties.WriteDefaults(_odrFactory.ConfigDirectory);
        File.AppendAllText(
            Path.Combine(_odrFactory.ConfigDirectory, "operations.properties"),
            $"\nminlog.registration.url={MinLogUrl}\nminlog.registration.idcard.file={_cardFile}\n");

        // The named outbound client reaches the MinLog host's in-memory server instead of the network.
        _odr = _odrFactory.WithWebHostBuilder(b => b.ConfigureTestServices(services => services
            .AddHttpClient(HttpMinLogRegistration.ClientName)
            .ConfigurePrimaryHttpMessageHandler(() => _minlog.Factory.Server.CreateHandler())));
        _client = _odr.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _odr.Dispose();
        _odrFactory.Dispose();
        Directory.Delete(_trustDirectory, recursive: true);
    }

    [Fact]
    public async Task The_outbox_entries_of_a_professionals_call_arrive_in_the_other_hosts_MinLog()
    {
        await CallOdrAsync(OdrSoapBodies.Create);
        var waiting = Outbox();
        var row = Assert.Single(waiting);

        var (status, text) = await TransferAsync();

        Assert.True(status == HttpStatusCode.OK, text);
        Assert.Contains("minlog-transfer: FINISHED, 1 processed", text, StringComparison.Ordinal);
        Assert.Empty(Outbox());
        var stored = _minlog.Entry(row.RegKode);
        Assert.NotNull(stored);
        Assert.Equal(
            (Cpr, TestSts.UserCpr, TestSts.Cvr, "CVR", TestSts.SystemName, row.Handling),
            (stored.CprNrBorger, stored.Bruger, stored.OrgUsingId, stored.OrgUsingIdSource, stored.SystemName, stored.Handling));
        Assert.Contains(_minlog.MinLogLines(), l => l.Contains(row.RegKode, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_transfer_the_other_MinLog_refuses_keeps_the_outbox_rows_for_the_next_run()
    {
        await CallOdrAsync(OdrSoapBodies.Has);
        string regKode = Assert.Single(Outbox()).RegKode;
        File.WriteAllText(_cardFile, TestSts.SignedCard(_sts.SystemRequest() with { CareProviderId = "11111111" }).OuterXml);

        var (_, refused) = await TransferAsync();

        Assert.DoesNotContain("FINISHED", refused, StringComparison.Ordinal);
        Assert.Equal(regKode, Assert.Single(Outbox()).RegKode);
        Assert.Null(_minlog.Entry(regKode));

        File.WriteAllText(_cardFile, _sts.ValidSystemCard().OuterXml);
        var (status, text) = await TransferAsync();

        Assert.True(status == HttpStatusCode.OK && text.Contains("FINISHED, 1 processed", StringComparison.Ordinal), text);
        Assert.NotNull(_minlog.Entry(regKode));
        Assert.Empty(Outbox());
    }

    private async Task CallOdrAsync(string operation)
    {
        using var request = SoapRequests.Post(
            "/odr/odr", SoapRequests.Envelope(SoapVersion.Soap11, _sts.ValidUserCard(), OdrSoapBodies.For(operation, Cpr)), action: OdrSoapContract.Action(operation));
        using var response = await _client.SendAsync(request);
        var answer = await SoapAnswer.ReadAsync(response);
        Assert.True(answer.Status == HttpStatusCode.OK, operation + ": " + answer.FaultString);
    }

    private async Task<(HttpStatusCode Status, string Text)> TransferAsync()
    {
        using var response = await _client.GetAsync(new Uri("/odr-operations/minlog-transfer", UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private List<MinLogOutboxRecord> Outbox()
    {
        using var testCode = CapturingLoggerProvider.TestCode();
        using var scope = _odr.Services.CreateScope();
        return [.. scope.ServiceProvider.GetRequiredService<OdrDbContext>().Set<MinLogOutboxRecord>().AsNoTracking().Where(r => r.CprNrBorger == Cpr).OrderBy(r => r.Id)];
    }
}
