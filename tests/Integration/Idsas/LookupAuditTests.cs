using System.Text.Json;
using Nsp.Tests.Integration.Shared.Hosting;
using Nsp.Tests.Integration.Shared.Sts;
using static Nsp.Tests.Integration.Idsas.IdsasSoapBodies;

namespace Nsp.Tests.Integration.Idsas;

/// <summary>GetBlurredOrganisations' audit line over SOAP: <c>active-blurrings-found</c> says what a lookup found,
/// so it is written only when the lookup ran, never for a refused call.</summary>
public sealed class LookupAuditTests : IDisposable
{
    private const string MalformedCpr = "01017";

    private readonly IdsasSoapHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_refused_lookup_is_audited_without_active_blurrings_found_and_a_lookup_that_ran_with_it()
    {
        var (found, _) = await _host.CallAsync(Lookup2024, GetBlurredOrganisations(IdsasTestProperties.LivingCpr));
        var (notAllowed, _) = await _host.CallAsync(
            Lookup2024, GetBlurredOrganisations(IdsasTestProperties.DeadCpr), TestSts.SignedCard(_host.Sts.SystemRequest() with { ItSystemName = "Othersystem" }));
        var (invalid, _) = await _host.CallAsync(Lookup2024, GetBlurredOrganisations(MalformedCpr));

        Assert.Equal((200, 500, 500), (found, notAllowed, invalid));
        Assert.Equal(["false"], LookupKeys(IdsasTestProperties.LivingCpr, "active-blurrings-found"));
        Assert.Empty(LookupKeys(IdsasTestProperties.DeadCpr, "active-blurrings-found"));
        Assert.Empty(LookupKeys(MalformedCpr, "active-blurrings-found"));
        // The refused calls are audited nonetheless, naming the patient they asked about.
        Assert.Equal([IdsasTestProperties.DeadCpr], LookupKeys(IdsasTestProperties.DeadCpr, "patient-id"));
        Assert.Equal([MalformedCpr], LookupKeys(MalformedCpr, "patient-id"));
    }

    /// <summary>The values of <paramref name="key"/> in the getBlurredOrganisations context of the audit line about
    /// <paramref name="patientId"/>.</summary>
    private List<string> LookupKeys(string patientId, string key)
    {
        var information = _host.AuditLines()
            .Select(line => JsonDocument.Parse(line).RootElement)
            .SelectMany(root => root.GetProperty("audit").GetProperty("components").EnumerateArray())
            .SelectMany(component => component.GetProperty("contexts").EnumerateArray())
            .Where(context => context.GetProperty("context").GetString() == "getBlurredOrganisations")
            .Select(context => context.GetProperty("information").EnumerateArray().ToList())
            .Single(items => items.Any(i => i.GetProperty("key").GetString() == "patient-id" && i.GetProperty("value").GetString() == patientId));
        return [.. information.Where(i => i.GetProperty("key").GetString() == key).Select(i => i.GetProperty("value").GetString()!)];
    }
}
