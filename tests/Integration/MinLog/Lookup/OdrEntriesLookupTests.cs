using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Api.MinLog.Lookup;
using Nsp.Api.Odr.Soap;
using Nsp.Domain.MinLog.Whitelisting;
using Nsp.Infrastructure.MinLog.Persistence;
using Nsp.Tests.Integration.Odr.Soap;
using Nsp.Tests.Integration.Shared.Logging;
using Nsp.Tests.Integration.Shared.Sts;
using B = Nsp.Tests.Integration.Odr.Soap.OdrSoapBodies;
using H = Nsp.Tests.Integration.MinLog.Lookup.MinLogLookupHost;

namespace Nsp.Tests.Integration.MinLog.Lookup;

/// <summary>End to end in one process (the embedded default's SQLite): a health professional's ODR calls go through
/// ODR's outbox and transfer into MinLog's store, and the citizen's log lists them, newest first, naming the
/// professional's organisation by its card's CVR.</summary>
public sealed class OdrEntriesLookupTests : IDisposable
{
    private const string Cpr = OdrTestProperties.Living;

    private readonly OdrSoapHost _host = new(_ => { }, "odr,odr-operations,minlog");

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Entries_odr_transferred_are_found_by_the_lookup()
    {
        var professional = _host.HealthProfessional();
        foreach (string operation in new[] { B.Create, B.Get })
        {
            var call = await _host.CallAsync("/odr/odr", B.For(operation, Cpr), professional, OdrSoapContract.Action(operation));
            Assert.True(call.Status == HttpStatusCode.OK, operation + ": " + call.FaultString);
        }

        using (var transfer = await _host.Client.GetAsync(new Uri("/odr-operations/minlog-transfer", UriKind.Relative)))
        {
            Assert.Contains("FINISHED, 2 processed", await transfer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (CapturingLoggerProvider.TestCode())
        using (var scope = _host.Factory.Services.CreateScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<MinLogDbContext>();
            context.Set<WhitelistConfigEntry>().Add(WhitelistConfigEntry.Create(WhitelistConfigEntry.LookupServiceKey, WhitelistConfigEntry.NoType, TestSts.Cvr, "test"));
            await context.SaveChangesAsync();
        }

        var answer = await _host.CallAsync(MinLogLookupContract.Path, H.Body(Cpr), _host.Sts.ValidSystemCard(), MinLogLookupContract.Action);

        var entries = H.Entries(answer);
        Assert.Equal(2, entries.Count);
        Assert.True(string.CompareOrdinal(H.Field(entries[0], "tidspunkt"), H.Field(entries[1], "tidspunkt")) >= 0);
        Assert.All(entries, e =>
        {
            var organisation = e.ChildNodes.OfType<System.Xml.XmlElement>().Single(c => c.LocalName == "brugerOrganisation");
            Assert.Equal((TestSts.Cvr, "medcom:cvrnumber"), (organisation.InnerText, organisation.GetAttribute("NameFormat")));
            Assert.Equal(TestSts.UserCpr, H.Field(e, "bruger"));
        });
    }
}
