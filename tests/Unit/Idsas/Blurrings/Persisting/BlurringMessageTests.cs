using Nsp.Application.Idsas.Blurrings.Persisting;
using Nsp.Domain.Idsas.Blurrings;

namespace Nsp.Tests.Unit.Idsas.Blurrings.Persisting;

public sealed class BlurringMessageTests
{
    private const string Hash = "efe3b97049ba8d0b4843d6a524ea09ac89d9632e65d4c663c09578933a88440f";

    private static string Payload(string fields) => "{" + fields + "}";

    private static FormatException Refused(string payload) => Assert.Throws<FormatException>(() => BlurringMessage.Read(payload));

    [Fact]
    public void A_message_is_made_from_a_blurring_and_keyed_by_patient_then_cvr()
    {
        var registered = new DateTime(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);
        var blurring = Blurring.Create("1111111118", null, "33257872", registered.AddDays(10), registered);

        var message = BlurringMessage.From(blurring);

        Assert.Equal(new BlurringMessage("1111111118", null, "33257872", registered.AddDays(10), registered), message);
        Assert.Equal("111111111833257872", message.Key);
        Assert.Contains("\"patientIdHashed\":null", message.ToJson(), StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => BlurringMessage.From(null!));
    }

    [Fact]
    public void A_payload_that_is_not_json_is_a_format_error_that_says_so()
    {
        var refused = Refused("not json");

        Assert.StartsWith("The payload is not JSON of a blurring message: ", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("""{"cvr":"33257872","endDateTime":"2026-12-01T00:00:00Z","registered":"2026-11-01T00:00:00Z"}""")]
    [InlineData("""{"patientId":"1111111118","endDateTime":"2026-12-01T00:00:00Z","registered":"2026-11-01T00:00:00Z"}""")]
    public void A_payload_without_patient_id_or_cvr_is_refused_naming_them(string payload)
    {
        Assert.Equal("The payload lacks patientId or cvr.", Refused(payload).Message);
    }

    [Fact]
    public void A_hash_that_is_not_64_lowercase_hex_digits_is_refused()
    {
        var refused = Refused(Payload("""
            "patientId":"1111111118","patientIdHashed":"ABC","cvr":"33257872","endDateTime":"2026-12-01T00:00:00Z","registered":"2026-11-01T00:00:00Z"
            """));

        Assert.Equal("patientIdHashed is not 64 lowercase hex digits.", refused.Message);
    }

    [Fact]
    public void A_message_that_breaks_a_blurring_rule_is_a_format_error_that_says_so()
    {
        var refused = Refused(Payload("""
            "patientId":"1","cvr":"33257872","endDateTime":"2026-12-01T00:00:00Z","registered":"2026-11-01T00:00:00Z"
            """));

        Assert.StartsWith("The message breaks a blurring rule: ", refused.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<ArgumentException>(refused.InnerException);
    }

    [Fact]
    public void Instants_without_an_offset_are_refused()
    {
        var refused = Refused(Payload("""
            "patientId":"1111111118","cvr":"33257872","endDateTime":"2026-12-01T00:00:00","registered":"2026-11-01T00:00:00Z"
            """));

        Assert.Equal("Instants in a blurring message must carry an offset (Z).", refused.Message);
    }

    [Fact]
    public void A_message_with_a_hash_and_an_offset_reads_back_in_utc()
    {
        var blurring = BlurringMessage.Read(Payload($$"""
            "patientId":"1111111118","patientIdHashed":"{{Hash}}","cvr":"33257872","endDateTime":"2026-12-01T01:00:00+01:00","registered":"2026-11-01T00:00:00Z"
            """));

        Assert.Equal((Hash, new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc), DateTimeKind.Utc), (blurring.PatientIdHashed, blurring.EndDate, blurring.EndDate.Kind));
    }
}
