using Nsp.Domain.Odr;
using Nsp.Domain.Odr.Registrations;
using Nsp.Domain.Shared.Persons;

namespace Nsp.Tests.Unit.Odr.Domain;

public sealed class OrganDonorRegistrationTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Cpr Donor = Cpr.Parse("0101801234");

    [Theory]
    [InlineData(PermissionType.Full)]
    [InlineData(PermissionType.FullWithResearch)]
    [InlineData(PermissionType.None)]
    [InlineData(PermissionType.DontKnow)]
    public void Types_other_than_limited_are_created_without_organ_flags(PermissionType type)
    {
        var registration = OrganDonorRegistration.Create(Donor, type, OrganPermissions.NoneGiven, null, Now);

        Assert.Equal(type, registration.PermissionType);
        Assert.Equal(type.ToContractText(), registration.PermissionTypeText);
        Assert.Equal("0101801234", registration.Cpr);
        Assert.Equal(Now, registration.ValidFrom);
        Assert.True(registration.IsActive);
        Assert.False(registration.Organs.AnyGiven);
    }

    [Theory]
    [InlineData(PermissionType.Full)]
    [InlineData(PermissionType.None)]
    [InlineData(PermissionType.DontKnow)]
    public void Types_other_than_limited_refuse_any_organ_flag_even_false(PermissionType type)
    {
        var exception = Assert.Throws<ArgumentException>(() =>
            OrganDonorRegistration.Create(Donor, type, new OrganPermissions(Heart: false), null, Now));

        Assert.Contains("takes no organ permissions", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PermissionType.Limited)]
    [InlineData(PermissionType.LimitedWithResearch)]
    public void Limited_types_need_at_least_one_organ_set_to_true(PermissionType type)
    {
        Assert.Throws<ArgumentException>(() => OrganDonorRegistration.Create(Donor, type, OrganPermissions.NoneGiven, null, Now));
        Assert.Throws<ArgumentException>(() => OrganDonorRegistration.Create(Donor, type, new OrganPermissions(Heart: false, Skin: false), null, Now));

        var registration = OrganDonorRegistration.Create(Donor, type, new OrganPermissions(Heart: false, Kidneys: true), true, Now);

        Assert.Equal(new OrganPermissions(Heart: false, Kidneys: true), registration.Organs);
        Assert.True(registration.RequiresRelativeAcceptance);
    }

    [Fact]
    public void Every_organ_flag_is_kept_in_its_own_column()
    {
        var organs = new OrganPermissions(true, false, true, false, true, false, true, false);

        var registration = OrganDonorRegistration.Create(Donor, PermissionType.Limited, organs, null, Now);

        Assert.Equal(
            [true, false, true, false, true, false, true, false],
            new[]
            {
                registration.PermissionForHeart, registration.PermissionForLungs, registration.PermissionForLiver,
                registration.PermissionForPancreas, registration.PermissionForKidneys, registration.PermissionForCornea,
                registration.PermissionForSmallIntestine, registration.PermissionForSkin,
            });
    }

    [Theory]
    [InlineData(PermissionType.None, true)]
    [InlineData(PermissionType.None, false)]
    [InlineData(PermissionType.DontKnow, true)]
    public void Relatives_acceptance_is_refused_for_none_and_dont_know(PermissionType type, bool value)
    {
        var violations = RegistrationRules.Check(type, OrganPermissions.NoneGiven, value);

        Assert.Equal(RegistrationRules.RelativeAcceptanceField, Assert.Single(violations).Field);
        Assert.Throws<ArgumentException>(() => OrganDonorRegistration.Create(Donor, type, OrganPermissions.NoneGiven, value, Now));
    }

    [Theory]
    [InlineData(PermissionType.Full)]
    [InlineData(PermissionType.FullWithResearch)]
    public void Relatives_acceptance_is_allowed_for_full_types(PermissionType type) =>
        Assert.False(OrganDonorRegistration.Create(Donor, type, OrganPermissions.NoneGiven, false, Now).RequiresRelativeAcceptance);

    [Fact]
    public void A_limited_registration_without_organs_names_the_organ_field()
    {
        var violations = RegistrationRules.Check(PermissionType.Limited, OrganPermissions.NoneGiven, null);

        Assert.Equal(RegistrationRules.OrgansField, Assert.Single(violations).Field);
    }

    [Fact]
    public void Closing_sets_validto_and_a_second_close_is_refused()
    {
        var registration = OrganDonorRegistration.Create(Donor, PermissionType.Full, OrganPermissions.NoneGiven, null, Now);

        registration.Close(Now.AddHours(1));

        Assert.Equal(Now.AddHours(1), registration.ValidTo);
        Assert.False(registration.IsActive);
        Assert.Throws<InvalidOperationException>(() => registration.Close(Now.AddHours(2)));
    }

    [Fact]
    public void A_registration_cannot_close_before_it_started_nor_with_local_times()
    {
        var registration = OrganDonorRegistration.Create(Donor, PermissionType.Full, OrganPermissions.NoneGiven, null, Now);

        Assert.Throws<ArgumentException>(() => registration.Close(Now.AddSeconds(-1)));
        Assert.Throws<ArgumentException>(() => registration.Close(DateTime.SpecifyKind(Now.AddHours(1), DateTimeKind.Local)));
        Assert.Throws<ArgumentException>(() =>
            OrganDonorRegistration.Create(Donor, PermissionType.Full, OrganPermissions.NoneGiven, null, DateTime.SpecifyKind(Now, DateTimeKind.Unspecified)));
        Assert.True(registration.IsActive);
    }

    [Theory]
    [InlineData("0712114234", "2026-12-07", true)]
    [InlineData("0812114234", "2026-12-07", false)]
    [InlineData("0101901234", "2026-12-07", true)]
    [InlineData("0101124234", "2026-12-31", false)]
    [InlineData("0101124234", "2027-01-01", true)]
    [InlineData("0201124234", "2027-01-01", false)]
    [InlineData("2902124234", "2027-02-28", true)]
    [InlineData("2902124234", "2027-02-27", false)]
    public void A_person_is_old_enough_from_their_15th_birthday(string cpr, string today, bool expected) =>
        Assert.Equal(expected, RegistrationRules.IsOldEnough(Cpr.Parse(cpr), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
}
