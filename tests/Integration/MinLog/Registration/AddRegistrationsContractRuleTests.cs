using System.Net;
using B = Nsp.Tests.Integration.MinLog.Registration.RegistrationBodies;

namespace Nsp.Tests.Integration.MinLog.Registration;

/// <summary>Every length and enumeration rule of the MinLog2 registration contract, and the seed's narrower columns,
/// over SOAP: one entry per row, replacing (or dropping) one Destination element; "added" rows are stored, the
/// others answered in FailedLogDataEntries with their code and not stored.</summary>
public sealed class AddRegistrationsContractRuleTests : IClassFixture<MinLogRegistrationFixture<AddRegistrationsContractRuleTests>>
{
    public const string Added = "added";

    private static int _next;
    private readonly MinLogRegistrationHost _host;

    public AddRegistrationsContractRuleTests(MinLogRegistrationFixture<AddRegistrationsContractRuleTests> fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        _host = fixture.Host;
    }

    public static TheoryData<string, string?, string> Rows()
    {
        string T(int n) => B.Text(n);
        var rows = new TheoryData<string, string?, string>
        {
            { "SystemName", $"<SystemName>{T(25)}</SystemName>", Added },
            { "SystemName", $"<SystemName>{T(26)}</SystemName>", "invalid_length" },
            { "SystemName", "<SystemName></SystemName>", "invalid_length" },
            { "SystemName", null, "missing_element" },
            { "Activity", $"<Activity>{T(75)}</Activity>", Added },
            { "Activity", $"<Activity>{T(76)}</Activity>", "invalid_length" },
            { "Activity", null, "missing_element" },
            { "Reason", $"<Reason>{T(50)}</Reason>", Added },
            { "Reason", $"<Reason>{T(51)}</Reason>", "invalid_length" },
            { "Reason", "<Reason/>", "invalid_length" },
            { "Addition", "<Addition>Samtykke</Addition>", Added },
            { "Addition", "<Addition>Værdispring</Addition>", Added },
            { "Addition", "<Addition>Ingen</Addition>", Added },
            { "Addition", "<Addition>Egen tekst</Addition>", Added },
            { "Addition", $"<Addition>{T(51)}</Addition>", "invalid_length" },
            { "Criticality", "<Criticality>Ingen</Criticality>", Added },
            { "Criticality", "<Criticality>Privatmarkeret</Criticality>", Added },
            { "Criticality", $"<Criticality>{T(51)}</Criticality>", "invalid_length" },
            { "DateTime", "<DateTime>2015-01-01T00:00:00Z</DateTime>", Added },
            { "DateTime", "<DateTime>2014-12-31T23:59:59Z</DateTime>", "invalid_datetime" },
            { "DateTime", "<DateTime>2026-13-01T00:00:00Z</DateTime>", "invalid_datetime" },
            { "DateTime", "<DateTime>1. december 2026</DateTime>", "invalid_datetime" },
            { "DateTime", null, "missing_element" },
            { "FromDateTime", "<FromDateTime>2026-01-01T00:00:00Z</FromDateTime>", "invalid_structure" },
            { "OrganisationId", "<OrganisationId source=\"SOR\">123456789012345</OrganisationId>", Added },
            { "OrganisationId", "<OrganisationId source=\"YDER\">012345</OrganisationId>", Added },
            { "OrganisationId", "<OrganisationId source=\"CVR\">25450442</OrganisationId>", Added },
            { "OrganisationId", "<OrganisationId source=\"EuropeanHealthcareOrganisation\">SE-12345</OrganisationId>", Added },
            { "OrganisationId", "<OrganisationId source=\"SHAK\">1301011</OrganisationId>", "invalid_value" },
            { "OrganisationId", "<OrganisationId>123456789012345</OrganisationId>", "missing_element" },
            { "OrganisationId", $"<OrganisationId source=\"SOR\">{T(26)}</OrganisationId>", "exceeds_store" },
            { "OrganisationId", $"<OrganisationId source=\"SOR\">{T(201)}</OrganisationId>", "invalid_length" },
            { "OrganisationName", $"<OrganisationName>{T(200)}</OrganisationName>", Added },
            { "OrganisationName", $"<OrganisationName>{T(201)}</OrganisationName>", "invalid_length" },
            { "PersonIdentifier", "<PersonIdentifier source=\"eCPR\">0101701234</PersonIdentifier>", Added },
            { "PersonIdentifier", "<PersonIdentifier source=\"Borger\">0101701234</PersonIdentifier>", "invalid_value" },
            { "PersonIdentifier", "<PersonIdentifier source=\"CPR\">3213701234</PersonIdentifier>", "invalid_value" },
            { "PersonIdentifier", $"<PersonIdentifier source=\"CPR\">{B.Text(51, '1')}</PersonIdentifier>", "invalid_length" },
            { "PersonIdentifier", null, "missing_element" },
            { "PersonName", $"<PersonName>{T(50)}</PersonName>", Added },
            { "PersonName", $"<PersonName>{T(51)}</PersonName>", "invalid_length" },
            { "CorrelationId", $"<CorrelationId>{T(46)}</CorrelationId>", Added },
            { "CorrelationId", $"<CorrelationId>{T(47)}</CorrelationId>", "invalid_length" },
            { "SequenceNumber", $"<SequenceNumber>{T(37)}</SequenceNumber>", "invalid_length" },
            { "UserPersonIdentifier", "<UserPersonIdentifier source=\"CPR\">0000000000</UserPersonIdentifier>", Added },
            { "UserPersonIdentifier", "<UserPersonIdentifier source=\"Autorisation\">ABC12</UserPersonIdentifier>", Added },
            { "UserPersonIdentifier", "<UserPersonIdentifier source=\"EuropeanHealthcareProfessional\">SE-123</UserPersonIdentifier>", Added },
            { "UserPersonIdentifier", "<UserPersonIdentifier source=\"SOR\">ABC12</UserPersonIdentifier>", "invalid_value" },
            { "UserPersonIdentifier", "<UserPersonIdentifier source=\"CPR\">12345</UserPersonIdentifier>", "invalid_value" },
            { "UserPersonIdentifier", $"<UserPersonIdentifier source=\"Autorisation\">{T(21)}</UserPersonIdentifier>", "exceeds_store" },
            { "UserPersonIdentifier", $"<UserPersonIdentifier source=\"Autorisation\">{T(51)}</UserPersonIdentifier>", "invalid_length" },
            { "UserPersonIdentifier", null, "missing_element" },
            { "UserPersonName", $"<UserPersonName>{T(51)}</UserPersonName>", "invalid_length" },
            { "UserRole", $"<UserRole>{T(200)}</UserRole>", Added },
            { "UserRole", $"<UserRole>{T(201)}</UserRole>", "invalid_length" },
            { "OnBehalfOfPersonIdentifier", "<OnBehalfOfPersonIdentifier source=\"Autorisation\">XYZ99</OnBehalfOfPersonIdentifier>", Added },
            { "OnBehalfOfPersonIdentifier", "<OnBehalfOfPersonIdentifier source=\"EuropeanHealthcareProfessional\">SE-1</OnBehalfOfPersonIdentifier>", "invalid_value" },
            { "OnBehalfOfPersonIdentifier", $"<OnBehalfOfPersonIdentifier source=\"Autorisation\">{T(21)}</OnBehalfOfPersonIdentifier>", "exceeds_store" },
            { "OnBehalfOfPersonName", $"<OnBehalfOfPersonName>{T(51)}</OnBehalfOfPersonName>", "invalid_length" },
            { "OnBehalfOfUserRole", $"<OnBehalfOfUserRole>{T(201)}</OnBehalfOfUserRole>", "invalid_length" },
            { "Filter", "<Filter>Ikke borger</Filter><Filter>Ikke forældremyndigheds-indehaver</Filter>", Added },
            { "Filter", $"<Filter>{T(50)}</Filter>", Added },
            { "Filter", $"<Filter>{T(51)}</Filter>", "invalid_length" },
            { "Unknown", "<Unknown>x</Unknown>", "invalid_structure" },
        };
        return rows;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Each_rule_of_the_contract_decides_one_entry(string element, string? xml, string expected)
    {
        int n = Interlocked.Increment(ref _next);
        string cpr = B.Cpr(150 + (n % 100), n);
        string sequence = Guid.NewGuid().ToString();
        string body = B.Request(B.Entry(cpr, sequence, new Dictionary<string, string?> { [element] = xml }));

        var answer = await _host.AddAsync(body);

        Assert.True(answer.Status == HttpStatusCode.OK, answer.Text);
        if (expected == Added)
        {
            Assert.Equal(("1", "0"), (answer.First(string.Empty, "NumberAdded"), answer.First(string.Empty, "NumberFailed")));
            Assert.NotNull(_host.Entry(sequence));
        }
        else
        {
            Assert.Equal(("0", "1", expected), (answer.First(string.Empty, "NumberAdded"), answer.First(string.Empty, "NumberFailed"), answer.First(string.Empty, "FaultCode")));
            Assert.Null(_host.Entry(sequence));
        }

        _host.Cprs.Add(cpr);
    }

    [Theory]
    [InlineData("<Source><CorrelationId>c</CorrelationId><SystemName>s</SystemName></Source>", Added)]
    [InlineData("<Source><CorrelationId>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</CorrelationId></Source>", "invalid_length")]
    [InlineData("<Source><SystemName>aaaaaaaaaaaaaaaaaaaaaaaaaa</SystemName></Source>", "invalid_length")]
    [InlineData("<Source><SystemName>s</SystemName><CorrelationId>c</CorrelationId></Source>", "invalid_structure")]
    [InlineData("<Source><Other/></Source>", "invalid_structure")]
    public async Task The_Source_chain_follows_the_contracts_rules(string source, string expected)
    {
        int n = Interlocked.Increment(ref _next);
        string cpr = B.Cpr(150 + (n % 100), n);
        string sequence = Guid.NewGuid().ToString();

        var answer = await _host.AddAsync(B.Request(B.Entry(cpr, sequence, source: source)));

        Assert.Equal(expected == Added ? "0" : "1", answer.First(string.Empty, "NumberFailed"));
        Assert.Equal(expected == Added ? null : expected, answer.First(string.Empty, "FaultCode"));
        Assert.Equal(expected == Added, _host.Entry(sequence) is not null);
        _host.Cprs.Add(cpr);
    }

    [Fact]
    public async Task A_Source_chain_deeper_than_ten_levels_fails_its_entry()
    {
        string deep = string.Concat(Enumerable.Repeat("<Source><SystemName>s</SystemName>", 11)) + string.Concat(Enumerable.Repeat("</Source>", 11));
        string sequence = Guid.NewGuid().ToString();

        var answer = await _host.AddAsync(B.Request(B.Entry(B.Cpr(260, 1), sequence, source: deep)));

        Assert.Equal("invalid_structure", answer.First(string.Empty, "FaultCode"));
        Assert.Null(_host.Entry(sequence));
        _host.Cprs.Add(B.Cpr(260, 1));
    }
}
