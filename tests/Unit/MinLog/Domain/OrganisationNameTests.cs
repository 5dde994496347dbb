using Nsp.Domain.MinLog;

namespace Nsp.Tests.Unit.MinLog.Domain;

public sealed class OrganisationNameTests
{
    [Fact]
    public void A_name_of_the_full_column_length_is_kept_with_its_digest()
    {
        var name = new string('n', OrganisationName.NameMaxLength);

        var organisation = OrganisationName.Create(name);

        Assert.Equal(name, organisation.Name);
        Assert.Equal(OrganisationName.DigestOf(name), organisation.Digest);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void A_blank_or_over_long_name_is_refused_with_the_allowed_length(string blank)
    {
        Assert.Contains("1..256", Assert.Throws<ArgumentException>(() => OrganisationName.Create(blank)).Message);
        Assert.Contains("1..256", Assert.Throws<ArgumentException>(
            () => OrganisationName.Create(new string('n', OrganisationName.NameMaxLength + 1))).Message);
    }

    [Fact]
    public void The_digest_of_no_name_is_refused() =>
        Assert.Throws<ArgumentNullException>(() => OrganisationName.DigestOf(null!));
}
