using Nsp.Domain.MinLog.Lookup;

namespace Nsp.Tests.Unit.MinLog.Lookup;

public sealed class OrganisationIdTests
{
    [Theory]
    [InlineData("SOR:123456789012345", "123456789012345", "medcom:sor")]
    [InlineData("sor:381000016", "381000016", "medcom:sor")]
    [InlineData("YNUMBER:012345", "012345", "medcom:ynumber")]
    [InlineData("YDER:12345", "12345", "medcom:ynumber")]
    [InlineData("PNUMBER:1003388837", "1003388837", "medcom:pnumber")]
    [InlineData("SKSCODE:1301011", "1301011", "medcom:skscode")]
    [InlineData("SHAK:1301", "1301", "medcom:skscode")]
    [InlineData("CVRNUMBER:25450442", "25450442", "medcom:cvrnumber")]
    [InlineData("CVR:25450442", "25450442", "medcom:cvrnumber")]
    [InlineData("COMMUNALNUMBER:101", "101", "medcom:communalnumber")]
    public void A_registered_type_prefix_names_the_format(string stored, string value, string nameFormat)
    {
        var id = OrganisationId.FromStored(stored)!;

        Assert.Equal((value, nameFormat), (id.Value, id.NameFormat));
    }

    [Theory]
    [InlineData("25450442", "medcom:cvrnumber")]
    [InlineData("101", "medcom:communalnumber")]
    [InlineData("012345", "medcom:ynumber")]
    [InlineData("12345", "medcom:ynumber")]
    [InlineData("1003388837", "medcom:pnumber")]
    [InlineData("1301", "medcom:skscode")]
    [InlineData("1301011", "medcom:skscode")]
    [InlineData("1301B21", "medcom:skscode")]
    [InlineData("123456789012345", "medcom:sor")]
    [InlineData("Region Hovedstaden", "medcom:cvrnumber")]
    [InlineData("EHP:DK-1234", "medcom:cvrnumber")]
    public void Without_a_prefix_the_ids_shape_names_the_format_and_the_value_is_kept_whole(string stored, string nameFormat)
    {
        var id = OrganisationId.FromStored(stored)!;

        Assert.Equal((stored, nameFormat), (id.Value, id.NameFormat));
    }

    [Theory]
    [InlineData("123456789012345", "SOR", "medcom:sor")]
    [InlineData("012345", "yder", "medcom:ynumber")]
    [InlineData("25450442", "CVR", "medcom:cvrnumber")]
    [InlineData("1301011", "CVR", "medcom:cvrnumber")]
    public void The_source_registration_stored_names_the_format_before_the_ids_form(string stored, string source, string nameFormat)
    {
        var id = OrganisationId.FromStored(stored, source)!;

        Assert.Equal((stored, nameFormat), (id.Value, id.NameFormat));
    }

    [Fact]
    public void A_european_organisation_has_no_medcom_format_so_the_ids_form_decides()
    {
        Assert.Equal("medcom:cvrnumber", OrganisationId.FromStored("DE:Klinikum Nord", "EuropeanHealthcareOrganisation")!.NameFormat);
        Assert.Equal("medcom:sor", OrganisationId.FromStored("SOR:381000016", "EuropeanHealthcareOrganisation")!.NameFormat);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void No_stored_id_means_no_organisation(string? stored)
    {
        Assert.Null(OrganisationId.FromStored(stored));
    }

    [Fact]
    public void A_prefix_with_nothing_after_it_is_kept_as_the_value()
    {
        var id = OrganisationId.FromStored("SOR:")!;

        Assert.Equal("SOR:", id.Value);
    }
}
