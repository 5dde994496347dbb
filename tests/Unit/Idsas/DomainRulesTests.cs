using Nsp.Domain.Idsas.Blurrings;
using Nsp.Domain.Idsas.OrgBlurrings;
using Nsp.Domain.Idsas.Salts;

namespace Nsp.Tests.Unit.Idsas;

public sealed class DomainRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_patient_id_hash_matches_the_seeds_test_vector()
    {
        var hash = new PatientIdSalt("saltprefix", "saltpostfix").Hash("1111111118");

        Assert.Equal("efe3b97049ba8d0b4843d6a524ea09ac89d9632e65d4c663c09578933a88440f", hash.Value);
    }

    [Fact]
    public void A_new_blurring_keeps_what_was_registered_and_is_created_and_updated_now()
    {
        var hash = new PatientIdSalt("saltprefix", "saltpostfix").Hash("1111111118");

        var blurring = Blurring.Create("1111111118", hash, "33257872", Now.AddDays(60), Now);

        Assert.Equal("1111111118", blurring.PatientId);
        Assert.Equal(hash.Value, blurring.PatientIdHashed);
        Assert.Equal("33257872", blurring.Cvr);
        Assert.Equal(Now.AddDays(60), blurring.EndDate);
        Assert.Equal(Now, blurring.Created);
        Assert.Equal(Now, blurring.Updated);
    }

    [Theory]
    [InlineData("111111111", "33257872")]
    [InlineData("1111111118", "3325787")]
    [InlineData("11111111a8", "33257872")]
    public void A_blurring_needs_a_ten_digit_patient_id_and_an_eight_digit_cvr(string patientId, string cvr)
    {
        Assert.Throws<ArgumentException>(() => Blurring.Create(patientId, null, cvr, Now.AddDays(1), Now));
    }

    [Fact]
    public void Instants_that_are_not_utc_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Blurring.Create("1111111118", null, "33257872", DateTime.SpecifyKind(Now, DateTimeKind.Local), Now));
    }

    [Fact]
    public void An_org_blurring_is_active_until_removed_once()
    {
        var org = OrgBlurring.Create("1301011", OrgClassification.Shak, Now);

        org.Remove(Now.AddDays(1));

        Assert.False(org.IsActive);
        Assert.Equal("SHAK", org.ClassificationText);
        Assert.Throws<InvalidOperationException>(() => org.Remove(Now.AddDays(2)));
        Assert.Throws<ArgumentException>(() => OrgBlurring.Create(" 1301011", OrgClassification.Sor, Now));
        Assert.Throws<ArgumentException>(() => OrgBlurring.Create("1301011", OrgClassification.Sor, Now).Remove(Now.AddDays(-1)));
    }

    [Theory]
    [InlineData("SOR", true)]
    [InlineData("SHAK", true)]
    [InlineData("sor", false)]
    [InlineData("CVR", false)]
    public void Only_SOR_and_SHAK_are_classifications(string text, bool valid)
    {
        Assert.Equal(valid, OrgClassifications.TryParse(text, out _));
    }

    [Fact]
    public void A_new_salt_is_32_random_bytes_in_base64()
    {
        var first = Salt.CreateRandom(Now);
        var second = Salt.CreateRandom(Now);

        Assert.Equal(32, first.Bytes().Length);
        Assert.Equal(Salt.Base64Length, first.Base64Value.Length);
        Assert.NotEqual(first.Base64Value, second.Base64Value);
        Assert.Throws<ArgumentException>(() => Salt.FromBytes(new byte[16], Now));
    }
}
