using System.Globalization;
using Nsp.Application.MinLog.Registration.AddRegistrations;

namespace Nsp.Tests.Unit.MinLog.Registration;

/// <summary>Every length rule of the MinLog2 contract, at its boundary, with the fault text that names the element.</summary>
public sealed class LogDataEntryLengthRulesTests
{
    private static readonly LogDataEntryMessage Valid = LogDataEntryRulesTests.Valid;

    private static readonly Dictionary<string, Func<LogDataEntryMessage, string, LogDataEntryMessage>> Setters = new()
    {
        ["SystemName"] = (e, v) => e with { SystemName = v },
        ["Activity"] = (e, v) => e with { Activity = v },
        ["Reason"] = (e, v) => e with { Reason = v },
        ["Addition"] = (e, v) => e with { Addition = v },
        ["Criticality"] = (e, v) => e with { Criticality = v },
        ["OrganisationName"] = (e, v) => e with { OrganisationName = v },
        ["PersonName"] = (e, v) => e with { PersonName = v },
        ["CorrelationId"] = (e, v) => e with { CorrelationId = v },
        ["SequenceNumber"] = (e, v) => e with { SequenceNumber = v },
        ["UserPersonName"] = (e, v) => e with { UserPersonName = v },
        ["UserRole"] = (e, v) => e with { UserRole = v },
        ["OnBehalfOfPersonName"] = (e, v) => e with { OnBehalfOfPersonName = v },
        ["OnBehalfOfUserRole"] = (e, v) => e with { OnBehalfOfUserRole = v },
        ["Filter"] = (e, v) => e with { Filters = ["Ikke borger", v] },
        ["Source/CorrelationId"] = (e, v) => e with { Sources = [new LogDataEntrySource(v, null)] },
        ["Source/SystemName"] = (e, v) => e with { Sources = [new LogDataEntrySource(null, v)] },
    };

    [Theory]
    [InlineData("SystemName", 25)]
    [InlineData("Activity", 75)]
    [InlineData("Reason", 50)]
    [InlineData("Addition", 50)]
    [InlineData("Criticality", 50)]
    [InlineData("OrganisationName", 200)]
    [InlineData("PersonName", 50)]
    [InlineData("CorrelationId", 46)]
    [InlineData("SequenceNumber", 36)]
    [InlineData("UserPersonName", 50)]
    [InlineData("UserRole", 200)]
    [InlineData("OnBehalfOfPersonName", 50)]
    [InlineData("OnBehalfOfUserRole", 200)]
    [InlineData("Filter", 50)]
    [InlineData("Source/CorrelationId", 46)]
    [InlineData("Source/SystemName", 25)]
    public void Each_text_is_accepted_at_its_longest_and_refused_one_longer_or_empty_naming_the_element(string field, int longest)
    {
        var set = Setters[field];

        var atLongest = LogDataEntryRules.Judge(set(Valid, new string('a', longest)));
        var tooLong = LogDataEntryRules.Judge(set(Valid, new string('a', longest + 1)));
        var empty = LogDataEntryRules.Judge(set(Valid, string.Empty));

        Assert.True(atLongest.Accepted, atLongest.FaultText);
        Assert.Equal(("invalid_length", string.Create(CultureInfo.InvariantCulture, $"{field} must be 1..{longest} characters (was {longest + 1}).")), (tooLong.FaultCode, tooLong.FaultText));
        Assert.Equal(("invalid_length", string.Create(CultureInfo.InvariantCulture, $"{field} must be 1..{longest} characters (was 0).")), (empty.FaultCode, empty.FaultText));
    }

    [Fact]
    public void An_accepted_entry_keeps_every_optional_detail_it_named()
    {
        var full = Valid with
        {
            Reason = "Behandling",
            Addition = "Samtykke",
            Criticality = "Privatmarkeret",
            OrganisationId = "123456",
            OrganisationIdSource = "SOR",
            PersonName = "Borger Borgersen",
            UserPersonName = "Læge Lægesen",
            UserRole = "Overlæge",
            OnBehalfOfPersonIdentifier = "0101901234",
            OnBehalfOfPersonIdentifierSource = "CPR",
            OnBehalfOfPersonName = "Anden Læge",
            OnBehalfOfUserRole = "Afdelingslæge",
            Filters = ["Ikke borger"],
        };

        var details = LogDataEntryRules.Judge(full).Details;

        Assert.Equal(("Behandling", "Samtykke", "Privatmarkeret"), (details.Reason, details.Addition, details.Criticality));
        Assert.Equal(("SOR", "CPR", "CPR", "CPR"), (details.OrgUsingIdSource, details.PersonIdSource, details.UserPersonIdSource, details.OnBehalfOfPersonIdSource));
        Assert.Equal(("Borger Borgersen", "Læge Lægesen", "Overlæge"), (details.PersonName, details.UserPersonName, details.UserRole));
        Assert.Equal(("Anden Læge", "Afdelingslæge"), (details.OnBehalfOfPersonName, details.OnBehalfOfUserRole));
        Assert.Equal("[\"Ikke borger\"]", details.Filters);
        Assert.Null(details.SourceChain);
        Assert.Null(details.ToDateTime);
    }

    [Fact]
    public void Sources_without_an_identifier_keep_no_source_attribute()
    {
        var details = LogDataEntryRules.Judge(Valid with { OrganisationIdSource = "SOR", OnBehalfOfPersonIdentifierSource = "CPR" }).Details;

        Assert.Equal((null, null), (details.OrgUsingIdSource, details.OnBehalfOfPersonIdSource));
        Assert.Null(details.Filters);
    }
}
