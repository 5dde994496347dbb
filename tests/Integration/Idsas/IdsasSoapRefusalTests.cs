using System.Text.Json;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Infrastructure.Idsas.Persistence;
using Nsp.Tests.Integration.Shared.Hosting;
using Nsp.Tests.Integration.Shared.Sts;
using static Nsp.Tests.Integration.Idsas.IdsasSoapBodies;

namespace Nsp.Tests.Integration.Idsas;

/// <summary>Every refusal of every IDSAS operation, as a client meets it: a SOAP envelope with a signed test-STS card
/// in, a SOAP fault with the medcom FaultCode and a text naming the problem out, nothing stored, and the refused call
/// in the audit log.</summary>
public sealed class IdsasSoapRefusalTests : IDisposable
{
    private const string UnknownCpr = "0202024321";

    private static readonly Dictionary<string, Refusal> Refusals = new(StringComparer.Ordinal)
    {
        ["CreateBlurring by a cvr not on the whitelist"] = new(Registration2023, CreateBlurring(IdsasTestProperties.LivingCpr, DaysAhead(1)), Card.NotWhitelisted, "not_authorized", "whitelist"),
        ["CreateBlurring by a care provider that is not a cvrnumber"] = new(Registration2023, CreateBlurring(IdsasTestProperties.LivingCpr, DaysAhead(1)), Card.NotCvrNumber, "not_authorized", "cvrnumber"),
        ["CreateBlurring of a malformed cpr"] = new(Registration2023, CreateBlurring("12345", DaysAhead(1)), Card.Valid, "processing_problem", "patientId"),
        ["CreateBlurring of a cpr PersonInformation does not know"] = new(Registration2023, CreateBlurring(UnknownCpr, DaysAhead(1)), Card.Valid, "processing_problem", "patientId is not a living person"),
        ["CreateBlurring of a dead person"] = new(Registration2023, CreateBlurring(IdsasTestProperties.DeadCpr, DaysAhead(1)), Card.Valid, "processing_problem", "patientId is not a living person"),
        ["CreateBlurring ending in the past"] = new(Registration2023, CreateBlurring(IdsasTestProperties.LivingCpr, DaysAhead(-1)), Card.Valid, "processing_problem", "endDateTime must be in the future"),
        ["CreateBlurring ending beyond the maximum"] = new(Registration2023, CreateBlurring(IdsasTestProperties.LivingCpr, DaysAhead(91)), Card.Valid, "processing_problem", "endDateTime must be at most P90D ahead"),
        ["CreateBlurring without an end date"] = new(Registration2023, $"<t:CreateBlurringRequest xmlns:t=\"{Ns2023}\">{Patient(IdsasTestProperties.LivingCpr)}</t:CreateBlurringRequest>", Card.Valid, "processing_problem", "endDateTime"),
        ["CreateBlurring without a patient"] = new(Registration2023, $"<t:CreateBlurringRequest xmlns:t=\"{Ns2023}\"><t:endDateTime>{DaysAhead(1)}</t:endDateTime></t:CreateBlurringRequest>", Card.Valid, "processing_problem", "patientId"),
        ["CreateBlurring with an end date that is not a date"] = new(Registration2023, CreateBlurring(IdsasTestProperties.LivingCpr, "tomorrow"), Card.Valid, "processing_problem", "endDateTime"),
        ["CreateBlurring of a patient id that is not a cpr"] = new(Registration2023, CreateBlurring(IdsasTestProperties.LivingCpr, DaysAhead(1)).Replace(">CPR<", ">SOR<", StringComparison.Ordinal), Card.Valid, "processing_problem", "classification"),
        ["CreateOrgBlurring by a cvr not on the whitelist"] = new(Registration2024, OrgRequest("CreateOrgBlurringRequest", "123456789012345", "SOR"), Card.NotWhitelisted, "not_authorized", "whitelist"),
        ["CreateOrgBlurring of a classification other than SOR and SHAK"] = new(Registration2024, OrgRequest("CreateOrgBlurringRequest", "123456789012345", "CVR"), Card.Valid, "processing_problem", "classification"),
        ["CreateOrgBlurring without an org id"] = new(Registration2024, OrgRequest("CreateOrgBlurringRequest", string.Empty, "SOR"), Card.Valid, "processing_problem", "id"),
        ["RemoveOrgBlurring by a cvr not on the whitelist"] = new(Registration2024, OrgRequest("RemoveOrgBlurringRequest", "123456789012345", "SOR"), Card.NotWhitelisted, "not_authorized", "whitelist"),
        ["ListAllActiveOrgBlurrings by a system not allowed"] = new(Registration2024, $"<t:ListAllActiveOrgBlurringsRequest xmlns:t=\"{Ns2024}\"/>", Card.OtherSystem, "not_authorized", "idsas.allowed.client.system.name"),
        ["GetBlurredOrganisations by a system not allowed"] = new(Lookup2024, GetBlurredOrganisations(IdsasTestProperties.LivingCpr), Card.OtherSystem, "not_authorized", "idsas.allowed.client.system.name"),
        ["GetBlurredOrganisations of a malformed cpr"] = new(Lookup2024, GetBlurredOrganisations("01017"), Card.Valid, "processing_problem", "patientId"),
        ["GetCurrentSalt by a system not allowed"] = new(Salt2023, GetCurrentSalt(), Card.OtherSystem, "not_authorized", "idsas.allowed.client.system.name"),
        ["GetCurrentSalt before any salt exists"] = new(Salt2023, GetCurrentSalt(), Card.Valid, "processing_problem", "renew-salt"),
    };

    private readonly IdsasSoapHost _host = new();

    public enum Card
    {
        Valid,
        NotWhitelisted,
        NotCvrNumber,
        OtherSystem,
    }

    public static TheoryData<string> RefusalNames => [.. Refusals.Keys];

    public void Dispose() => _host.Dispose();

    [Theory]
    [MemberData(nameof(RefusalNames))]
    public async Task A_refused_call_gets_a_specific_fault_changes_nothing_stored_and_is_audited(string name)
    {
        var refusal = Refusals[name];
        // What is stored already: the citizen's blurring and a department blurring, which a refusal must leave alone.
        Assert.Equal(200, (await _host.CallAsync(Registration2023, CreateBlurring(IdsasTestProperties.LivingCpr, DaysAhead(10)))).Status);
        Assert.Equal(200, (await _host.CallAsync(Registration2024, OrgRequest("CreateOrgBlurringRequest", "123456789012345", "SOR"))).Status);
        var before = await StoredAsync();

        var (status, fault) = await _host.CallAsync(refusal.Path, refusal.Body, CardFor(refusal.Card));

        Assert.Equal(500, status);
        Assert.Equal("Fault", fault.LocalName);
        Assert.Equal(refusal.FaultCode, FaultCode(fault));
        Assert.Contains(refusal.Text, fault["faultstring"]!.InnerText, StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync());
        Assert.Single(_host.AuditLines(), line => IsRefusalOf(line, refusal.Path));
    }

    private static bool IsRefusalOf(string auditLine, string path)
    {
        using var json = JsonDocument.Parse(auditLine);
        var access = json.RootElement.GetProperty("access");
        return access.GetProperty("path").GetString() == path && access.GetProperty("code").GetInt32() == 500;
    }

    /// <summary>Every stored blurring and department blurring, as text, for before/after comparison.</summary>
    private async Task<string> StoredAsync()
    {
        await using var scope = _host.Factory.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<IdsasDbContext>();
        var blurrings = await context.Blurrings.AsNoTracking().OrderBy(b => b.Id)
            .Select(b => $"{b.Id}|{b.PatientId}|{b.PatientIdHashed}|{b.Cvr}|{b.EndDate:O}|{b.Updated:O}").ToListAsync();
        var departments = await context.OrgBlurrings.AsNoTracking().OrderBy(o => o.Id)
            .Select(o => $"{o.Id}|{o.OrgId}|{o.Classification}|{o.RemovedAt:O}").ToListAsync();
        Assert.NotEmpty(blurrings);
        return string.Join('\n', blurrings.Concat(departments));
    }

    private XmlElement CardFor(Card card) => card switch
    {
        Card.NotWhitelisted => TestSts.SignedCard(_host.Sts.SystemRequest() with { CareProviderId = "12345678" }),
        Card.NotCvrNumber => TestSts.SignedCard(_host.Sts.SystemRequest() with { CareProviderIdFormat = "medcom:ynumber" }),
        Card.OtherSystem => TestSts.SignedCard(_host.Sts.SystemRequest() with { ItSystemName = "Othersystem" }),
        _ => _host.Sts.ValidSystemCard(),
    };

    private sealed record Refusal(string Path, string Body, Card Card, string FaultCode, string Text);
}
