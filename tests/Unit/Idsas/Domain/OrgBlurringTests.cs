using Nsp.Domain.Idsas.OrgBlurrings;

namespace Nsp.Tests.Unit.Idsas.Domain;

public sealed class OrgBlurringTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime LocalNow = DateTime.SpecifyKind(Now, DateTimeKind.Local);

    [Fact]
    public void An_org_id_of_the_full_column_length_is_kept_with_its_classification()
    {
        var orgId = new string('1', OrgBlurring.OrgIdMaxLength);

        var org = OrgBlurring.Create(orgId, OrgClassification.Sor, Now);

        Assert.Equal(orgId, org.OrgId);
        Assert.Equal(OrgClassification.Sor, org.Classification);
        Assert.True(org.IsActive);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1234567890123456789012345678901")]
    public void An_empty_or_over_long_org_id_is_refused_with_the_allowed_length(string orgId)
    {
        var error = Assert.Throws<ArgumentException>(() => OrgBlurring.Create(orgId, OrgClassification.Shak, Now));

        Assert.Contains($"1..{OrgBlurring.OrgIdMaxLength}", error.Message);
    }

    [Fact]
    public void Local_times_are_refused_when_creating_and_removing()
    {
        Assert.Contains("UTC", Assert.Throws<ArgumentException>(() => OrgBlurring.Create("1301011", OrgClassification.Sor, LocalNow)).Message);
        var org = OrgBlurring.Create("1301011", OrgClassification.Sor, Now);
        Assert.Contains("UTC", Assert.Throws<ArgumentException>(() => org.Remove(LocalNow)).Message);
        Assert.True(org.IsActive);
    }

    [Fact]
    public void An_org_blurring_can_be_removed_the_instant_it_was_created_but_not_before_nor_twice()
    {
        var early = OrgBlurring.Create("1301011", OrgClassification.Sor, Now);
        Assert.Contains("before it was created", Assert.Throws<ArgumentException>(() => early.Remove(Now.AddTicks(-1))).Message);

        early.Remove(Now);

        Assert.Equal(Now, early.RemovedAt);
        Assert.Contains("already removed", Assert.Throws<InvalidOperationException>(() => early.Remove(Now)).Message);
    }

    [Fact]
    public void Parsing_anything_but_SOR_or_SHAK_says_which_texts_are_allowed()
    {
        Assert.Equal(OrgClassification.Shak, OrgClassifications.Parse("SHAK"));
        Assert.Contains("SOR or SHAK", Assert.Throws<FormatException>(() => OrgClassifications.Parse("CVR")).Message);
    }
}
