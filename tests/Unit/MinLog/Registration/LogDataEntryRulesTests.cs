using Nsp.Application.MinLog.Registration.AddRegistrations;

namespace Nsp.Tests.Unit.MinLog.Registration;

public sealed class LogDataEntryRulesTests
{
    /// <summary>The smallest entry the contract accepts; the rule tests change one element of it.</summary>
    internal static readonly LogDataEntryMessage Valid = new()
    {
        SystemName = "Testsystem",
        Activity = "Opslag",
        DateTime = "2026-12-01T10:00:00.123Z",
        PersonIdentifier = "0101701234",
        PersonIdentifierSource = "CPR",
        UserPersonIdentifier = "0101801234",
        UserPersonIdentifierSource = "CPR",
    };

    private static (string? Code, string? Text) Judge(LogDataEntryMessage entry)
    {
        var verdict = LogDataEntryRules.Judge(entry);
        return (verdict.FaultCode, verdict.FaultText);
    }

    [Fact]
    public void A_minimal_entry_is_accepted_at_its_UTC_instant_with_the_sources_it_named()
    {
        var verdict = LogDataEntryRules.Judge(Valid);

        Assert.True(verdict.Accepted);
        Assert.Equal(new DateTime(2026, 12, 1, 10, 0, 0, 123, DateTimeKind.Utc), verdict.TidspunktUtc);
        Assert.Equal(("CPR", "CPR", null), (verdict.Details.PersonIdSource, verdict.Details.UserPersonIdSource, verdict.Details.OrgUsingIdSource));
    }

    [Fact]
    public void A_structure_problem_fails_the_entry_before_any_value_rule()
    {
        Assert.Equal(("invalid_structure", "Destination holds an unexpected element Foo."), Judge(Valid with { StructureProblem = "Destination holds an unexpected element Foo.", SystemName = null }));
    }

    [Theory]
    [InlineData(25, null)]
    [InlineData(26, "invalid_length")]
    [InlineData(0, "invalid_length")]
    public void SystemName_is_1_to_25_characters(int length, string? code) =>
        Assert.Equal(code, Judge(Valid with { SystemName = new string('s', length) }).Code);

    [Fact]
    public void The_required_elements_are_named_when_missing()
    {
        Assert.Equal(("missing_element", "SystemName is required."), Judge(Valid with { SystemName = null }));
        Assert.Equal(("missing_element", "Activity is required."), Judge(Valid with { Activity = null }));
        Assert.Equal(("missing_element", "PersonIdentifier is required."), Judge(Valid with { PersonIdentifier = null }));
        Assert.Equal(("missing_element", "UserPersonIdentifier is required."), Judge(Valid with { UserPersonIdentifier = null }));
        Assert.Equal("missing_element", Judge(Valid with { DateTime = null }).Code);
        Assert.Equal(("missing_element", "PersonIdentifier needs its source attribute."), Judge(Valid with { PersonIdentifierSource = null }));
    }

    [Theory]
    [InlineData("2015-01-01T00:00:00Z", null)]
    [InlineData("2014-12-31T23:59:59.999Z", "invalid_datetime")]
    [InlineData("2015-01-01T00:30:00", "invalid_datetime")]
    [InlineData("2015-01-01T01:00:00", null)]
    [InlineData("2015-01-01T00:30:00+01:00", "invalid_datetime")]
    [InlineData("2026-02-30T00:00:00Z", "invalid_datetime")]
    [InlineData("20261201T000000Z", "invalid_datetime")]
    public void Instants_are_xs_dateTime_from_2015_on_and_Danish_time_without_offset(string text, string? code) =>
        Assert.Equal(code, Judge(Valid with { DateTime = text }).Code);

    [Fact]
    public void A_period_needs_both_ends_in_order_and_excludes_DateTime()
    {
        var period = Valid with { DateTime = null, FromDateTime = "2026-01-01T00:00:00Z", ToDateTime = "2026-01-02T00:00:00Z" };

        var accepted = LogDataEntryRules.Judge(period);

        Assert.Equal((new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc)), (accepted.TidspunktUtc, accepted.Details.ToDateTime!.Value));
        Assert.Equal("invalid_datetime", Judge(period with { ToDateTime = "2025-12-31T00:00:00Z" }).Code);
        Assert.Equal("missing_element", Judge(period with { ToDateTime = null }).Code);
        Assert.Equal("invalid_structure", Judge(period with { DateTime = "2026-01-01T00:00:00Z" }).Code);
    }

    [Theory]
    [InlineData("SOR", null)]
    [InlineData("YDER", null)]
    [InlineData("CVR", null)]
    [InlineData("EuropeanHealthcareOrganisation", null)]
    [InlineData("SHAK", "invalid_value")]
    [InlineData("sor", "invalid_value")]
    public void OrganisationId_source_is_one_of_the_contracts_values(string source, string? code) =>
        Assert.Equal(code, Judge(Valid with { OrganisationId = "123456", OrganisationIdSource = source }).Code);

    [Fact]
    public void Values_the_contract_allows_but_the_seeds_columns_cannot_keep_fail_as_exceeds_store()
    {
        Assert.Equal("exceeds_store", Judge(Valid with { OrganisationId = new string('1', 26), OrganisationIdSource = "SOR" }).Code);
        Assert.Equal("exceeds_store", Judge(Valid with { UserPersonIdentifier = new string('A', 21), UserPersonIdentifierSource = "Autorisation" }).Code);
        Assert.Equal("exceeds_store", Judge(Valid with { OnBehalfOfPersonIdentifier = new string('A', 21), OnBehalfOfPersonIdentifierSource = "Autorisation" }).Code);
        Assert.Null(Judge(Valid with { OrganisationId = new string('1', 25), OrganisationIdSource = "SOR" }).Code);
    }

    [Theory]
    [InlineData("CPR", "0101701234", null)]
    [InlineData("eCPR", "0101701234", null)]
    [InlineData("CPR", "3201701234", "invalid_value")]
    [InlineData("CPR", "010170123", "invalid_value")]
    [InlineData("Borger", "0101701234", "invalid_value")]
    public void The_citizen_is_a_CPR_number_named_CPR_or_eCPR(string source, string value, string? code) =>
        Assert.Equal(code, Judge(Valid with { PersonIdentifier = value, PersonIdentifierSource = source }).Code);

    [Theory]
    [InlineData("CPR", "0000000000", null)]
    [InlineData("CPR", "12345", "invalid_value")]
    [InlineData("Autorisation", "12345", null)]
    [InlineData("EuropeanHealthcareProfessional", "SE-1", null)]
    [InlineData("SOR", "12345", "invalid_value")]
    public void The_user_is_a_CPR_number_or_an_authorisation(string source, string value, string? code) =>
        Assert.Equal(code, Judge(Valid with { UserPersonIdentifier = value, UserPersonIdentifierSource = source }).Code);

    [Fact]
    public void Open_lists_accept_their_predefined_values_and_any_other_text_up_to_50()
    {
        Assert.Null(Judge(Valid with { Addition = "Værdispring", Criticality = "Privatmarkeret", Filters = ["Ikke forældremyndigheds-indehaver"] }).Code);
        Assert.Null(Judge(Valid with { Addition = new string('a', 50), Criticality = "Egen", Filters = ["Eget"] }).Code);
        Assert.Equal("invalid_length", Judge(Valid with { Addition = new string('a', 51) }).Code);
        Assert.Equal("invalid_length", Judge(Valid with { Filters = ["ok", new string('f', 51)] }).Code);
    }

    [Fact]
    public void The_Source_chain_is_kept_as_JSON_and_bounded_in_depth()
    {
        var chain = Valid with { Sources = [new("c1", "Portal"), new(null, "Backend")] };

        Assert.Equal("[{\"correlationId\":\"c1\",\"systemName\":\"Portal\"},{\"correlationId\":null,\"systemName\":\"Backend\"}]", LogDataEntryRules.Judge(chain).Details.SourceChain);
        Assert.Equal("invalid_length", Judge(Valid with { Sources = [new(new string('c', 47), null)] }).Code);
        Assert.Equal("invalid_structure", Judge(Valid with { Sources = [.. Enumerable.Repeat(new LogDataEntrySource(null, "s"), 11)] }).Code);
    }

    [Fact]
    public void A_blank_SequenceNumber_fails_the_entry_instead_of_the_call() =>
        Assert.Equal("invalid_value", Judge(Valid with { SequenceNumber = "  " }).Code);

    [Fact]
    public void Each_fault_text_names_the_element_and_its_rule()
    {
        Assert.Equal("Activity must be 1..75 characters (was 76).", Judge(Valid with { Activity = new string('a', 76) }).Text);
        Assert.Equal("OrganisationId/@source must be one of SOR, YDER, CVR, EuropeanHealthcareOrganisation.", Judge(Valid with { OrganisationId = "1", OrganisationIdSource = "X" }).Text);
        Assert.Equal("DateTime must be 2015-01-01T00:00:00Z or later.", Judge(Valid with { DateTime = "2014-01-01T00:00:00Z" }).Text);
    }
}
