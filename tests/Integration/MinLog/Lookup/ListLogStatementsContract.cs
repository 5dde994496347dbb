using System.Net;
using Nsp.Application.MinLog.Lookup;
using Nsp.Tests.Integration.Shared.Sts;
using H = Nsp.Tests.Integration.MinLog.Lookup.MinLogLookupHost;

namespace Nsp.Tests.Integration.MinLog.Lookup;

/// <summary>ListLogStatements over SOAP on PostgreSQL and SQLite (the embedded default): who may read which log, the period, the order, the bound, the
/// contract's fields and the audit line.</summary>
public abstract class ListLogStatementsContract
{
    /// <summary>Starts the host on the provider under test, from empty MinLog tables.</summary>
    protected abstract Task<H> StartHostAsync(Dictionary<string, string>? properties = null);

    private static readonly DateTime T1 = new(2024, 3, 1, 8, 0, 0, 125, DateTimeKind.Utc);
    private static readonly DateTime T2 = new(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime T3 = new(2025, 1, 15, 12, 30, 0, 5, DateTimeKind.Utc);

    [Fact]
    public async Task A_whitelisted_system_gets_the_citizens_entries_newest_first_with_the_contracts_fields()
    {
        await using var host = await StartHostAsync();
        await host.WhitelistAsync();
        await host.AddEntryAsync("reg-1", H.Citizen, T1, "SOR:123456789012345", "Hjertemedicinsk afdeling B");
        await host.AddEntryAsync("reg-3", H.Citizen, T3, TestSts.Cvr, "Testorganisation A/S");
        await host.AddEntryAsync("reg-2", H.Citizen, T2, orgUsingId: null, bruger: null, handling: "Læst", systemName: null, sessionId: null);
        await host.AddEntryAsync("reg-other", H.Other, T2);

        var answer = await host.CallAsync(H.Body(H.Citizen));

        var entries = H.Entries(answer);
        Assert.Equal(H.Citizen, answer.BodyElement!.GetAttribute("cprNrBorger"));
        Assert.Equal(["reg-3", "reg-2", "reg-1"], entries.Select(e => H.Field(e, "regKode")));
        Assert.Equal(["2025-01-15T12:30:00.005Z", "2024-06-01T00:00:00.000Z", "2024-03-01T08:00:00.125Z"], entries.Select(e => H.Field(e, "tidspunkt")));
        var newest = entries[0];
        Assert.Equal(
            ["regKode", "bruger", "ansvarlig", "brugerOrganisation", "system", "handling", "sessionsId", "tidspunkt"],
            newest.ChildNodes.OfType<System.Xml.XmlElement>().Select(e => e.LocalName));
        var organisation = newest.ChildNodes.OfType<System.Xml.XmlElement>().Single(e => e.LocalName == "brugerOrganisation");
        Assert.Equal((TestSts.Cvr, "medcom:cvrnumber"), (organisation.InnerText, organisation.GetAttribute("NameFormat")));
        var sor = entries[2].ChildNodes.OfType<System.Xml.XmlElement>().Single(e => e.LocalName == "brugerOrganisation");
        Assert.Equal(("123456789012345", "medcom:sor"), (sor.InnerText, sor.GetAttribute("NameFormat")));
        var bare = entries[1];
        Assert.Null(H.Field(bare, "brugerOrganisation"));
        Assert.Equal(string.Empty, H.Field(bare, "bruger"));
        Assert.Equal(string.Empty, H.Field(bare, "system"));
        Assert.Equal("Læst", H.Field(bare, "handling"));
        Assert.Equal(string.Empty, H.Field(bare, "sessionsId"));
    }

    [Fact]
    public async Task Both_period_bounds_are_inclusive_and_either_may_be_left_out()
    {
        await using var host = await StartHostAsync();
        await host.WhitelistAsync();
        await host.AddEntryAsync("reg-1", H.Citizen, T1);
        await host.AddEntryAsync("reg-2", H.Citizen, T2);
        await host.AddEntryAsync("reg-3", H.Citizen, T3);

        async Task<IEnumerable<string?>> Listed(string? from, string? to) =>
            H.Entries(await host.CallAsync(H.Body(H.Citizen, from, to))).Select(e => H.Field(e, "regKode"));

        Assert.Equal(["reg-2", "reg-1"], await Listed(H.Zulu(T1), H.Zulu(T2)));
        Assert.Equal(["reg-3", "reg-2"], await Listed(H.Zulu(T2), null));
        Assert.Equal(["reg-1"], await Listed(null, H.Zulu(T1)));
        Assert.Equal(["reg-2"], await Listed(H.Zulu(T2), H.Zulu(T2)));
        Assert.Empty(await Listed(H.Zulu(T1.AddMilliseconds(1)), H.Zulu(T2.AddMilliseconds(-1))));
        // Without an offset a time is Danish: 02:00 summer time is 00:00 UTC, the instant of reg-2.
        Assert.Equal(["reg-3", "reg-2"], await Listed("2024-06-01T02:00:00", null));
        Assert.Equal(["reg-2", "reg-1"], await Listed(null, "2024-06-01T02:00:00+02:00"));
    }

    [Fact]
    public async Task A_period_holding_more_than_the_maximum_is_refused_asking_for_a_shorter_one()
    {
        await using var host = await StartHostAsync(new() { ["minlog.lookup.max.entries"] = "5" });
        await host.WhitelistAsync();
        await host.AddEntriesAsync("bulk", H.Citizen, T1, 6);

        var tooMany = await host.CallAsync(H.Body(H.Citizen));
        var shorter = await host.CallAsync(H.Body(H.Citizen, H.Zulu(T1.AddMilliseconds(2)), null));

        Assert.Equal(HttpStatusCode.InternalServerError, tooMany.Status);
        Assert.Equal("processing_problem", tooMany.FaultCode);
        Assert.Contains("more than 5 log statements", tooMany.FaultString, StringComparison.Ordinal);
        Assert.Contains("shorter period", tooMany.FaultString, StringComparison.Ordinal);
        Assert.Equal(["bulk-6", "bulk-5", "bulk-4", "bulk-3", "bulk-2"], H.Entries(shorter).Select(e => H.Field(e, "regKode")));
    }

    [Fact]
    public async Task A_system_whose_cvr_is_not_whitelisted_for_minlogws_is_refused_and_audited()
    {
        await using var host = await StartHostAsync();
        await host.WhitelistAsync(serviceKey: "dk.nsi.minlog.registration");
        await host.AddEntryAsync("reg-1", H.Citizen, T1);

        var answer = await host.CallAsync(H.Body(H.Citizen));

        Assert.Equal("not_authorized", answer.FaultCode);
        Assert.Contains("minlogws", answer.FaultString, StringComparison.Ordinal);
        Assert.DoesNotContain("reg-1", answer.Text, StringComparison.Ordinal);
        var audit = host.LastAudit();
        Assert.Equal(500, H.Code(audit));
        var keys = H.Information(audit, MinLogLookupAudit.Context);
        Assert.Equal(("NPI", "system"), keys[MinLogLookupAudit.ActorType]);
        Assert.Equal(("NPI", TestSts.Cvr), keys[MinLogLookupAudit.ActorCvr]);
        Assert.Equal(("RPI", H.Citizen), keys[MinLogLookupAudit.Cpr]);
    }

    [Fact]
    public async Task A_citizen_reads_their_own_log_with_their_idws_token()
    {
        await using var host = await StartHostAsync();
        await host.AddEntryAsync("reg-1", H.Citizen, T1);
        await host.AddEntryAsync("reg-other", H.Other, T1);

        var answer = await host.CitizenCallAsync(H.Body(H.Citizen));

        Assert.Equal(["reg-1"], H.Entries(answer).Select(e => H.Field(e, "regKode")));
        var keys = H.Information(host.LastAudit(), MinLogLookupAudit.Context);
        Assert.Equal(("NPI", "citizen"), keys[MinLogLookupAudit.ActorType]);
        Assert.Equal(("NPI", "1"), keys[MinLogLookupAudit.Returned]);
    }

    [Fact]
    public async Task A_citizen_asking_for_another_citizens_log_is_refused_and_learns_nothing()
    {
        await using var host = await StartHostAsync();
        await host.AddEntryAsync("reg-other", H.Other, T1);

        var answer = await host.CitizenCallAsync(H.Body(H.Other));

        Assert.Equal("not_authorized", answer.FaultCode);
        Assert.Contains("own log statements", answer.FaultString, StringComparison.Ordinal);
        Assert.DoesNotContain("reg-other", answer.Text, StringComparison.Ordinal);
        var keys = H.Information(host.LastAudit(), MinLogLookupAudit.Context);
        Assert.Equal(("NPI", "citizen"), keys[MinLogLookupAudit.ActorType]);
        Assert.Equal(("RPI", H.Other), keys[MinLogLookupAudit.Cpr]);
    }

    [Theory]
    [InlineData("123456789", "cprNR")]
    [InlineData("3213011234", "cprNR")]
    [InlineData("010170-1234", "cprNR")]
    public async Task A_cpr_the_contract_does_not_allow_is_refused_naming_cprNR(string cpr, string field)
    {
        await using var host = await StartHostAsync();
        await host.WhitelistAsync();

        var answer = await host.CallAsync(H.Body(cpr));

        Assert.Equal("processing_problem", answer.FaultCode);
        Assert.Contains(field, answer.FaultString, StringComparison.Ordinal);
        Assert.Equal(500, H.Code(host.LastAudit()));
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_refused_naming_fraDato()
    {
        await using var host = await StartHostAsync();
        await host.WhitelistAsync();

        var answer = await host.CallAsync(H.Body(H.Citizen, H.Zulu(T2), H.Zulu(T1)));

        Assert.Equal("processing_problem", answer.FaultCode);
        Assert.Contains("fraDato: must not lie after tilDato", answer.FaultString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lookup_is_audited_with_its_keys_and_types_and_writes_no_minlog_entry_of_its_own()
    {
        await using var host = await StartHostAsync();
        await host.WhitelistAsync();
        await host.AddEntryAsync("reg-1", H.Citizen, T1);
        await host.AddEntryAsync("reg-2", H.Citizen, T2);

        var answer = await host.CallAsync(H.Body(H.Citizen, H.Zulu(T1), "2024-06-01T00:00:00Z"));

        Assert.Equal(2, H.Entries(answer).Count);
        var audit = host.LastAudit();
        Assert.Equal("dk.sds.nsp.audit.log.minlog", audit.GetProperty("category").GetString());
        Assert.Equal(200, H.Code(audit));
        Assert.Equal(MinLogLookupAudit.Component, audit.GetProperty("audit").GetProperty("components")[0].GetProperty("component").GetString());
        var keys = H.Information(audit, MinLogLookupAudit.Context);
        Assert.Equal(("RPI", H.Citizen), keys[MinLogLookupAudit.Cpr]);
        Assert.Equal(("NPI", "2024-03-01T08:00:00.125Z"), keys[MinLogLookupAudit.FromDate]);
        Assert.Equal(("NPI", "2024-06-01T00:00:00.000Z"), keys[MinLogLookupAudit.ToDate]);
        Assert.Equal(("NPI", "system"), keys[MinLogLookupAudit.ActorType]);
        Assert.Equal(("NPI", TestSts.Cvr), keys[MinLogLookupAudit.ActorCvr]);
        Assert.Equal(("NPI", "2"), keys[MinLogLookupAudit.Returned]);
        Assert.Equal(2, await host.CountAsync(H.Citizen));
    }

    [Fact]
    public async Task The_served_wsdl_and_schema_describe_requests_and_answers_as_sent()
    {
        await using var host = await StartHostAsync();
        await host.WhitelistAsync();
        await host.AddEntryAsync("reg-1", H.Citizen, T1, "SOR:123456789012345", "Hjertemedicinsk afdeling B");
        await host.AddEntryAsync("reg-2", H.Citizen, T2, orgUsingId: null, bruger: null, systemName: null, sessionId: null);
        var contract = await Shared.Soap.WsdlContract.LoadAsync(host.Client, new Uri(host.Client.BaseAddress!, Nsp.Api.MinLog.Lookup.MinLogLookupContract.Path + "?wsdl"));
        var request = new System.Xml.XmlDocument();
        request.LoadXml(H.Body(H.Citizen, H.Zulu(T1), H.Zulu(T3)));

        var answer = await host.CallAsync(H.Body(H.Citizen, H.Zulu(T1), H.Zulu(T3)));

        Assert.Equal(2, H.Entries(answer).Count);
        Assert.Empty(contract.Validate(request.DocumentElement!));
        Assert.Empty(contract.Validate(answer.BodyElement!));
        var empty = await host.CallAsync(H.Body(H.Other));
        Assert.Empty(H.Entries(empty));
        Assert.Empty(contract.Validate(empty.BodyElement!));
    }
}
