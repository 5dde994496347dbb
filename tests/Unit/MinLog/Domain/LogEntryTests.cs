using Nsp.Domain.MinLog;

namespace Nsp.Tests.Unit.MinLog.Domain;

public sealed class LogEntryTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);

    private static LogEntry Entry(string regKode = "reg-1", string cpr = "1111111118", string? bruger = null, DateTime? at = null) =>
        LogEntry.Create(regKode, cpr, bruger, null, null, null, null, null, at ?? Now);

    [Fact]
    public void An_entry_keeps_its_registration_code_citizen_and_instant()
    {
        var entry = Entry();

        Assert.Equal(("reg-1", "1111111118", Now), (entry.RegKode, entry.CprNrBorger, entry.Tidspunkt));
    }

    [Fact]
    public void Each_refusal_names_the_field_and_its_rule()
    {
        Assert.Contains("regKode must be 1..36", Assert.Throws<ArgumentException>(() => Entry(regKode: new string('r', 37))).Message);
        Assert.Contains("cprNrBorger must be 10 digits", Assert.Throws<ArgumentException>(() => Entry(cpr: "111111111x")).Message);
        Assert.Contains("UTC", Assert.Throws<ArgumentException>(() => Entry(at: DateTime.SpecifyKind(Now, DateTimeKind.Local))).Message);
        Assert.Contains("bruger must be at most 20", Assert.Throws<ArgumentException>(() => Entry(bruger: new string('b', 21))).Message);
    }

    [Fact]
    public void An_entry_can_refer_only_to_a_stored_organisation_name()
    {
        var entry = Entry();

        Assert.Throws<ArgumentNullException>(() => entry.NameOrganisation(null!));
        Assert.Contains("stored", Assert.Throws<InvalidOperationException>(() => entry.NameOrganisation(OrganisationName.Create("Region H"))).Message);
        Assert.Null(entry.OrganisationNameId);
    }
}
