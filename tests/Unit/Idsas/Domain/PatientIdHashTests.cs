using Nsp.Domain.Idsas.Blurrings;

namespace Nsp.Tests.Unit.Idsas.Domain;

public sealed class PatientIdHashTests
{
    private const string SeedVector = "efe3b97049ba8d0b4843d6a524ea09ac89d9632e65d4c663c09578933a88440f";

    [Fact]
    public void A_hash_needs_a_salt_and_a_patient_id()
    {
        Assert.Throws<ArgumentNullException>(() => PatientIdHash.Compute(null!, "1111111118"));
        Assert.Throws<ArgumentException>(() => new PatientIdSalt("a", "b").Hash(""));
    }

    [Fact]
    public void A_hash_from_a_message_is_read_when_it_is_64_lowercase_hex_digits()
    {
        Assert.True(PatientIdHash.TryParse(SeedVector, out var hash));
        Assert.Equal(SeedVector, hash.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("efe3b97049ba8d0b4843d6a524ea09ac89d9632e65d4c663c09578933a88440")]
    [InlineData("EFE3B97049BA8D0B4843D6A524EA09AC89D9632E65D4C663C09578933A88440F")]
    [InlineData("efe3b97049ba8d0b4843d6a524ea09ac89d9632e65d4c663c09578933a88440g")]
    public void A_hash_from_a_message_that_is_short_uppercase_or_not_hex_is_not_read(string? text)
    {
        Assert.False(PatientIdHash.TryParse(text, out var hash));
        Assert.Null(hash);
    }
}
