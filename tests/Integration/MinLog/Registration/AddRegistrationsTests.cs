using System.Diagnostics;
using System.Net;
using System.Xml;
using System.Xml.Schema;
using Nsp.Api.MinLog.Registration;
using Nsp.Tests.Integration.Shared.Soap;
using Nsp.Tests.Integration.Shared.Sts;
using B = Nsp.Tests.Integration.MinLog.Registration.RegistrationBodies;

namespace Nsp.Tests.Integration.MinLog.Registration;

/// <summary>AddRegistrations over SOAP on PostgreSQL: entries are stored in <c>logentry</c> and
/// <c>organisationname</c> with one <c>Minlog.log</c> line each, judged one by one, each SequenceNumber once.</summary>
public sealed class AddRegistrationsTests : IClassFixture<MinLogRegistrationFixture<AddRegistrationsTests>>
{
    private readonly MinLogRegistrationHost _host;

    public AddRegistrationsTests(MinLogRegistrationFixture<AddRegistrationsTests> fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        _host = fixture.Host;
    }

    [Fact]
    public async Task A_single_entry_is_stored_with_every_field_and_written_once_to_Minlog_log()
    {
        string cpr = B.Cpr(10, 1);
        string sequence = Guid.NewGuid().ToString();
        var overrides = new Dictionary<string, string?>
        {
            ["Reason"] = "<Reason>Behandling</Reason>",
            ["Addition"] = "<Addition>Samtykke</Addition>",
            ["Criticality"] = "<Criticality>Privatmarkeret</Criticality>",
            ["PersonName"] = "<PersonName>Test Borger</PersonName>",
            ["UserPersonName"] = "<UserPersonName>Læge Test</UserPersonName>",
            ["UserRole"] = "<UserRole>Læge</UserRole>",
            ["OnBehalfOfPersonIdentifier"] = $"<OnBehalfOfPersonIdentifier source=\"CPR\">{B.UserCpr}</OnBehalfOfPersonIdentifier>",
            ["OnBehalfOfPersonName"] = "<OnBehalfOfPersonName>Anden Læge</OnBehalfOfPersonName>",
            ["OnBehalfOfUserRole"] = "<OnBehalfOfUserRole>Overlæge</OnBehalfOfUserRole>",
            ["Filter"] = "<Filter>Ikke borger</Filter><Filter>Eget filter</Filter>",
        };
        string source = "<Source><CorrelationId>outer</CorrelationId><SystemName>Portal</SystemName><Source><SystemName>Backend</SystemName></Source></Source>";

        var answer = await _host.AddAsync(B.Request(B.Entry(cpr, sequence, overrides, source, "2026-12-01T10:15:30.123Z")));

        AssertCounts(answer, added: 1, failed: 0);
        var entry = Assert.Single(_host.Entries(cpr));
        Assert.Equal(
            (sequence, B.UserCpr, B.UserCpr, "123456789012345", "Testsystem", "Opslag i patientjournal", "session-1"),
            (entry.RegKode, entry.Bruger, entry.Ansvarlig, entry.OrgUsingId, entry.SystemName, entry.Handling, entry.SessionId));
        Assert.Equal(new DateTime(2026, 12, 1, 10, 15, 30, 123, DateTimeKind.Utc), entry.Tidspunkt);
        Assert.Equal(
            ("Behandling", "Samtykke", "Privatmarkeret", "SOR", "CPR", "Test Borger", "CPR", "Læge Test", "Læge"),
            (entry.Reason, entry.Addition, entry.Criticality, entry.OrgUsingIdSource, entry.PersonIdSource, entry.PersonName, entry.UserPersonIdSource, entry.UserPersonName, entry.UserRole));
        Assert.Equal(("CPR", "Anden Læge", "Overlæge"), (entry.OnBehalfOfPersonIdSource, entry.OnBehalfOfPersonName, entry.OnBehalfOfUserRole));
        Assert.Equal("[\"Ikke borger\",\"Eget filter\"]", entry.Filters);
        Assert.Contains("\"outer\"", entry.SourceChain, StringComparison.Ordinal);
        Assert.Contains("\"Backend\"", entry.SourceChain, StringComparison.Ordinal);
        Assert.Null(entry.ToDateTime);
        Assert.Equal("Testhospitalet, Afdeling A", _host.OrganisationName(entry));
        var line = Assert.Single(_host.MinLogLines(), l => l.Contains(sequence, StringComparison.Ordinal));
        Assert.Contains("\"tidspunkt\":\"2026-12-01T10:15:30.123Z\"", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bulk_of_1000_entries_is_stored_by_a_handful_of_statements()
    {
        string[] sequences = [.. Enumerable.Range(0, 1000).Select(_ => Guid.NewGuid().ToString())];
        var entries = sequences.Select((sequence, i) => B.Entry(B.Cpr(20 + (i % 50), i), sequence, new Dictionary<string, string?>
        {
            ["OrganisationName"] = $"<OrganisationName>Klinik {i % 7}</OrganisationName>",
        }));
        string body = B.Request(entries);
        SoapAnswer answer;
        int commands;
        var watch = Stopwatch.StartNew();
        using (var counter = new DbCommandCounter(_host.DatabaseName))
        {
            answer = await _host.AddAsync(body);
            commands = counter.Count;
        }

        watch.Stop();
        AssertCounts(answer, added: 1000, failed: 0);
        Assert.True(commands is > 0 and <= 12, $"{commands} database commands for 1,000 entries");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
        Assert.Equal(1000, _host.CountEntries(sequences));
        var wanted = sequences.ToHashSet(StringComparer.Ordinal);
        Assert.Equal(1000, _host.MinLogLines().Count(l => wanted.Contains(RegKodeOf(l))));
        _host.Cprs.AddRange(Enumerable.Range(0, 1000).Select(i => B.Cpr(20 + (i % 50), i)));
    }

    [Fact]
    public async Task Good_entries_are_stored_and_bad_ones_listed_with_code_text_and_sequence_number()
    {
        string cpr = B.Cpr(80, 1);
        string[] sequences = [.. Enumerable.Range(0, 5).Select(_ => Guid.NewGuid().ToString())];
        var body = B.Request(
            B.Entry(cpr, sequences[0]),
            B.Entry(cpr, sequences[1], new Dictionary<string, string?> { ["SystemName"] = $"<SystemName>{B.Text(26)}</SystemName>" }),
            B.Entry(cpr, sequences[2]),
            B.Entry(cpr, sequences[3], new Dictionary<string, string?> { ["DateTime"] = "<DateTime>2014-06-01T12:00:00Z</DateTime>" }),
            B.Entry(cpr, sequences[4]));

        var answer = await _host.AddAsync(body);

        AssertCounts(answer, added: 3, failed: 2);
        var failed = answer.Document.GetElementsByTagName("FailedLogDataEntries").OfType<XmlElement>().ToList();
        Assert.Equal(2, failed.Count);
        Assert.Equal(("invalid_length", sequences[1]), (Child(failed[0], "FaultCode"), Child(failed[0], "SequenceNumber")));
        Assert.StartsWith("LogDataEntry 2: SystemName", Child(failed[0], "FaultText"), StringComparison.Ordinal);
        Assert.Equal(("invalid_datetime", sequences[3]), (Child(failed[1], "FaultCode"), Child(failed[1], "SequenceNumber")));
        Assert.Equal([sequences[0], sequences[2], sequences[4]], _host.Entries(cpr).Select(e => e.RegKode));
    }

    [Fact]
    public async Task A_repeated_SequenceNumber_is_counted_as_added_and_stored_once()
    {
        string cpr = B.Cpr(90, 1);
        string sequence = Guid.NewGuid().ToString();
        string body = B.Request(B.Entry(cpr, sequence), B.Entry(cpr, sequence));

        var first = await _host.AddAsync(body);
        var again = await _host.AddAsync(body);

        AssertCounts(first, added: 2, failed: 0);
        AssertCounts(again, added: 2, failed: 0);
        Assert.Single(_host.Entries(cpr));
        Assert.Single(_host.MinLogLines(), l => l.Contains(sequence, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_entry_without_SequenceNumber_gets_one_and_a_resent_call_stores_it_once()
    {
        string cpr = B.Cpr(100, 1);
        string body = B.Request(B.Entry(cpr, sequenceNumber: null));

        AssertCounts(await _host.AddAsync(body), added: 1, failed: 0);
        AssertCounts(await _host.AddAsync(body), added: 1, failed: 0);

        var entry = Assert.Single(_host.Entries(cpr));
        Assert.True(Guid.TryParse(entry.RegKode, out _), entry.RegKode);
    }

    [Fact]
    public async Task A_period_is_stored_from_its_start_with_its_end_and_may_not_end_before_it_starts()
    {
        string cpr = B.Cpr(110, 1);
        string good = Guid.NewGuid().ToString();
        string reversed = Guid.NewGuid().ToString();
        Dictionary<string, string?> Period(string from, string to) => new()
        {
            ["DateTime"] = null,
            ["FromDateTime"] = $"<FromDateTime>{from}</FromDateTime>",
            ["ToDateTime"] = $"<ToDateTime>{to}</ToDateTime>",
        };

        var answer = await _host.AddAsync(B.Request(
            B.Entry(cpr, good, Period("2026-11-01T08:00:00+01:00", "2026-11-30T16:00:00+01:00")),
            B.Entry(cpr, reversed, Period("2026-11-30T16:00:00Z", "2026-11-01T08:00:00Z"))));

        AssertCounts(answer, added: 1, failed: 1);
        Assert.Equal("invalid_datetime", answer.First(string.Empty, "FaultCode"));
        var entry = Assert.Single(_host.Entries(cpr));
        Assert.Equal((new DateTime(2026, 11, 1, 7, 0, 0, DateTimeKind.Utc), new DateTime(2026, 11, 30, 15, 0, 0, DateTimeKind.Utc)), (entry.Tidspunkt, entry.ToDateTime!.Value));
    }

    [Fact]
    public async Task Instants_before_2015_are_refused_and_a_time_without_offset_is_Danish_time()
    {
        string cpr = B.Cpr(120, 1);
        string[] sequences = [.. Enumerable.Range(0, 4).Select(_ => Guid.NewGuid().ToString())];

        var answer = await _host.AddAsync(B.Request(
            B.Entry(cpr, sequences[0], dateTime: "2015-01-01T00:00:00Z"),
            B.Entry(cpr, sequences[1], dateTime: "2014-12-31T23:59:59.999Z"),
            B.Entry(cpr, sequences[2], dateTime: "2015-01-01T00:30:00"),
            B.Entry(cpr, sequences[3], dateTime: "2015-01-01T01:00:00")));

        AssertCounts(answer, added: 2, failed: 2);
        Assert.Equal([sequences[0], sequences[3]], _host.Entries(cpr).Select(e => e.RegKode));
        Assert.Equal(new DateTime(2015, 1, 1, 0, 0, 0, DateTimeKind.Utc), _host.Entry(sequences[3])!.Tidspunkt);
    }

    [Fact]
    public async Task A_caller_whose_CVR_is_not_whitelisted_is_refused_audited_and_nothing_is_stored()
    {
        string cpr = B.Cpr(130, 1);
        var card = TestSts.SignedCard(_host.Sts.SystemRequest() with { CareProviderId = "11111111", CareProviderName = "Ukendt A/S" });

        var answer = await _host.AddAsync(B.Request(B.Entry(cpr, Guid.NewGuid().ToString())), card);

        Assert.Equal((HttpStatusCode.InternalServerError, "not_authorized"), (answer.Status, answer.FaultCode));
        Assert.Contains(MinLogRegistrationKeys(), answer.FaultString, StringComparison.Ordinal);
        Assert.Empty(_host.Entries(cpr));
        var audit = _host.LastAudit();
        Assert.Equal((500, "dk.sds.nsp.audit.log.minlog"), (MinLogRegistrationHost.Code(audit), audit.GetProperty("category").GetString()));
        Assert.Equal(("RPI", cpr), MinLogRegistrationHost.Information(audit)["person-identifiers"]);
    }

    [Fact]
    public async Task A_request_without_entries_is_a_fault_and_a_foreign_child_a_syntax_error()
    {
        var empty = await _host.AddAsync(B.Request());
        var foreign = await _host.AddAsync($"<ml:RegistrationRequest xmlns:ml=\"{MinLogRegistrationContract.Namespace}\"><ml:LogDataEntry/></ml:RegistrationRequest>");

        Assert.Equal((HttpStatusCode.InternalServerError, "processing_problem"), (empty.Status, empty.FaultCode));
        Assert.Contains("at least one LogDataEntry", empty.FaultString, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.InternalServerError, "syntax_error"), (foreign.Status, foreign.FaultCode));
    }

    [Fact]
    public async Task The_call_is_audited_with_its_entries_citizens_systems_and_outcome()
    {
        string cpr = B.Cpr(140, 1);
        string other = B.Cpr(140, 2);

        await _host.AddAsync(B.Request(
            B.Entry(cpr, Guid.NewGuid().ToString()),
            B.Entry(other, Guid.NewGuid().ToString(), new Dictionary<string, string?> { ["Activity"] = null })));

        var audit = _host.LastAudit();
        var information = MinLogRegistrationHost.Information(audit);
        Assert.Equal((200, "dk.sds.nsp.audit.log.minlog"), (MinLogRegistrationHost.Code(audit), audit.GetProperty("category").GetString()));
        Assert.Equal(("NPI", "2"), information["entries"]);
        Assert.Equal(("RPI", cpr + "," + other), information["person-identifiers"]);
        Assert.Equal(("NPI", "Testsystem"), information["system-names"]);
        Assert.Equal(("NPI", "1"), information["number-added"]);
        Assert.Equal(("NPI", "1"), information["number-failed"]);
        Assert.Equal(("NPI", "missing_element"), information["fault-codes"]);
        _host.Cprs.Add(other);
    }

    [Fact]
    public async Task The_endpoint_serves_its_WSDL_and_an_XSD_that_compiles()
    {
        string wsdl = await _host.Client.GetStringAsync(new Uri(MinLogRegistrationContract.Path + "?wsdl", UriKind.Relative));
        string xsd = await _host.Client.GetStringAsync(new Uri(MinLogRegistrationContract.Path + "?xsd=" + MinLogRegistrationContract.Xsd, UriKind.Relative));

        Assert.Contains("soapAction=\"AddRegistrations\"", wsdl, StringComparison.Ordinal);
        Assert.Contains(MinLogRegistrationContract.Path, wsdl, StringComparison.Ordinal);
        var schemas = new XmlSchemaSet { XmlResolver = null };
        using (var reader = XmlReader.Create(new StringReader(xsd), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
        {
            schemas.Add(null, reader);
        }

        schemas.Compile();
        Assert.Contains(schemas.GlobalElements.Names.OfType<XmlQualifiedName>(), n => n.Name == "RegistrationRequest" && n.Namespace == MinLogRegistrationContract.Namespace);
    }

    private static string RegKodeOf(string minLogLine) =>
        System.Text.Json.JsonDocument.Parse(minLogLine).RootElement.GetProperty("regKode").GetString() ?? string.Empty;

    private static string MinLogRegistrationKeys() => Nsp.Application.MinLog.Registration.MinLogRegistrationKeys.WhitelistServiceKey;

    private static void AssertCounts(SoapAnswer answer, int added, int failed)
    {
        Assert.True(answer.Status == HttpStatusCode.OK, answer.Text);
        Assert.Equal(
            (added.ToString(System.Globalization.CultureInfo.InvariantCulture), failed.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            (answer.First(string.Empty, "NumberAdded"), answer.First(string.Empty, "NumberFailed")));
    }

    private static string? Child(XmlElement parent, string name) =>
        parent.ChildNodes.OfType<XmlElement>().FirstOrDefault(e => e.LocalName == name)?.InnerText;
}
