using Nsp.Domain.MinLog;
using Nsp.Domain.Shared.Jobs;

namespace Nsp.Tests.Unit.Shared.Persistence;

/// <summary>The domain rules the stores rely on: job state texts and MinLog's stored shapes.</summary>
public sealed class JobAndMinLogRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 8, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(JobState.NotStarted, "NOT_STARTED")]
    [InlineData(JobState.NotFinished, "NOT_FINISHED")]
    [InlineData(JobState.Running, "RUNNING")]
    [InlineData(JobState.Finished, "FINISHED")]
    [InlineData(JobState.Error, "ERROR")]
    public void Job_states_are_stored_as_the_seeds_texts(JobState state, string text)
    {
        Assert.Equal(text, state.ToText());
        Assert.Equal(state, JobStateText.Parse(text));
    }

    [Fact]
    public void The_organisation_digest_is_the_first_8_bytes_of_sha256_as_a_signed_big_endian_long()
    {
        // SHA-256("abc") = ba7816bf 8f01cfea 414140de ...
        Assert.Equal(unchecked((long)0xba7816bf8f01cfeaUL), OrganisationName.DigestOf("abc"));
        Assert.Equal(OrganisationName.DigestOf("Region Hovedstaden"), OrganisationName.Create("Region Hovedstaden").Digest);
    }

    [Fact]
    public void A_log_entry_keeps_fields_at_their_full_length()
    {
        var entry = LogEntry.Create(new string('r', 36), "0101701234", new string('b', 20), null, new string('o', 25), null, new string('h', 75), new string('s', 46), Now);

        Assert.Equal(75, entry.Handling!.Length);
    }

    [Theory]
    [InlineData("regKode", 37, "0101701234")]
    [InlineData("cprNrBorger", 36, "010170123")]
    [InlineData("cprNrBorger", 36, "01017O1234")]
    public void A_log_entry_with_a_bad_key_field_is_refused_naming_the_field(string field, int regKodeLength, string cpr)
    {
        var error = Assert.Throws<ArgumentException>(() =>
            LogEntry.Create(new string('r', regKodeLength), cpr, null, null, null, null, null, null, Now));

        Assert.Equal(field, error.ParamName);
    }

    [Fact]
    public void A_log_entry_field_over_its_length_is_refused_not_truncated()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            LogEntry.Create("r", "0101701234", null, null, null, null, new string('h', 76), null, Now));

        Assert.Equal("handling", error.ParamName);
    }

    [Fact]
    public void A_log_entry_instant_must_be_utc()
    {
        Assert.Throws<ArgumentException>(() =>
            LogEntry.Create("r", "0101701234", null, null, null, null, null, null, DateTime.SpecifyKind(Now, DateTimeKind.Unspecified)));
    }
}
