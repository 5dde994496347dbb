using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Api.Odr.Soap;
using Nsp.Infrastructure.MinLog.Persistence;
using Nsp.Tests.Integration.Shared.Hosting;
using Nsp.Tests.Integration.Shared.Logging;
using B = Nsp.Tests.Integration.Odr.Soap.OdrSoapBodies;

namespace Nsp.Tests.Integration.Odr.Soap;

/// <summary>A health professional's reads land in the citizen's MinLog: ODR's outbox rows move into MinLog's store and
/// <c>Minlog.log</c> when operations trigger <c>/odr-operations/minlog-transfer</c>.</summary>
public sealed class OdrMinLogTransferTests : IDisposable
{
    private const string Cpr = OdrTestProperties.Living;

    private readonly OdrSoapHost _host = new(_ => { }, "odr,odr-operations,minlog");

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task The_transfer_job_moves_a_professionals_accesses_into_minlog_and_empties_the_outbox()
    {
        var professional = _host.HealthProfessional();
        await CallOkAsync(B.Create, professional);
        await CallOkAsync(B.Get, professional);
        var waiting = _host.MinLog(Cpr);
        Assert.Equal(2, waiting.Count);

        using var response = await _host.Client.GetAsync(new Uri("/odr-operations/minlog-transfer", UriKind.Relative));
        string answer = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, answer);
        Assert.Contains("minlog-transfer: FINISHED, 2 processed", answer, StringComparison.Ordinal);
        Assert.Empty(_host.MinLog(Cpr));
        using (CapturingLoggerProvider.TestCode())
        using (var scope = _host.Factory.Services.CreateScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<MinLogDbContext>().LogEntries.AsNoTracking()
                .Where(e => e.CprNrBorger == Cpr).Select(e => e.RegKode).ToListAsync();
            Assert.Equal(waiting.Select(w => w.RegKode).Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
        }

        var lines = LogFiles.ReadLines(Path.Combine(_host.Factory.Root, "logs"), "Minlog*.log");
        Assert.All(waiting, w => Assert.Contains(lines, l => l.Contains(w.RegKode, StringComparison.Ordinal)));
        using var alarm = await _host.Client.GetAsync(new Uri("/odr-operations/minlog-transfer/alarm", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, alarm.StatusCode);
        Assert.Equal(string.Empty, await alarm.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_second_transfer_finds_nothing_and_minlog_holds_each_entry_once()
    {
        await CallOkAsync(B.Has, _host.HealthProfessional());
        using (await _host.Client.GetAsync(new Uri("/odr-operations/minlog-transfer", UriKind.Relative)))
        {
        }

        using var again = await _host.Client.GetAsync(new Uri("/odr-operations/minlog-transfer", UriKind.Relative));

        Assert.Contains("FINISHED, 0 processed", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var testCode = CapturingLoggerProvider.TestCode();
        using var scope = _host.Factory.Services.CreateScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<MinLogDbContext>().LogEntries.CountAsync(e => e.CprNrBorger == Cpr));
    }

    private async Task CallOkAsync(string operation, System.Xml.XmlElement card)
    {
        var answer = await _host.CallAsync("/odr/odr", B.For(operation, Cpr), card, OdrSoapContract.Action(operation));
        Assert.True(answer.Status == HttpStatusCode.OK, operation + ": " + answer.FaultString);
    }
}
