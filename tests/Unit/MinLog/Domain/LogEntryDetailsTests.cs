using Nsp.Domain.MinLog;
using Nsp.Domain.MinLog.Registration;
using Nsp.Domain.MinLog.Whitelisting;

namespace Nsp.Tests.Unit.MinLog.Domain;

public sealed class LogEntryDetailsTests
{
    private static readonly DateTime Start = new(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc);

    private static LogEntry Entry() => LogEntry.Create("reg-1", "0101701234", null, null, null, null, null, null, Start);

    [Fact]
    public void An_entry_keeps_the_MinLog2_details_it_is_given()
    {
        var entry = Entry();

        entry.Detail(new LogEntryDetails { Reason = "Behandling", ToDateTime = Start.AddHours(1), UserRole = "Læge", Filters = "[\"Ikke borger\"]" });

        Assert.Equal(("Behandling", Start.AddHours(1), "Læge", "[\"Ikke borger\"]"), (entry.Reason, entry.ToDateTime, entry.UserRole, entry.Filters));
    }

    [Fact]
    public void Details_longer_than_their_columns_or_a_period_ending_before_it_starts_are_refused()
    {
        var entry = Entry();

        Assert.Contains("reason must be at most 50", Assert.Throws<ArgumentException>(() => entry.Detail(new LogEntryDetails { Reason = new string('r', 51) })).Message, StringComparison.Ordinal);
        Assert.Contains("userrole must be at most 200", Assert.Throws<ArgumentException>(() => entry.Detail(new LogEntryDetails { UserRole = new string('r', 201) })).Message, StringComparison.Ordinal);
        Assert.Contains("todatetime must not be before", Assert.Throws<ArgumentException>(() => entry.Detail(new LogEntryDetails { ToDateTime = Start.AddSeconds(-1) })).Message, StringComparison.Ordinal);
        Assert.Contains("UTC", Assert.Throws<ArgumentException>(() => entry.Detail(new LogEntryDetails { ToDateTime = DateTime.SpecifyKind(Start, DateTimeKind.Unspecified) })).Message, StringComparison.Ordinal);
        Assert.Null(entry.Reason);
    }

    [Fact]
    public void A_whitelist_row_needs_a_key_a_type_and_an_eight_digit_CVR()
    {
        var row = WhitelistConfigEntry.Create("dk.nsi.minlog.registration", WhitelistConfigEntry.NoType, "25450442", "NSP-1");

        Assert.Equal(("dk.nsi.minlog.registration", "NO_TYPE", "25450442", "NSP-1"), (row.ServiceKey, row.ServiceType, row.Cvr, row.Comment));
        Assert.Throws<ArgumentException>(() => WhitelistConfigEntry.Create("", "NO_TYPE", "25450442", null));
        Assert.Throws<ArgumentException>(() => WhitelistConfigEntry.Create("k", "NO_TYPE", "2545044", null));
        Assert.Throws<ArgumentException>(() => WhitelistConfigEntry.Create("k", "NO_TYPE", "2545044x", null));
        Assert.Throws<ArgumentException>(() => WhitelistConfigEntry.Create(new string('k', 51), "NO_TYPE", "25450442", null));
    }
}
