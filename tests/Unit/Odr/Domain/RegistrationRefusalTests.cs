using Nsp.Domain.Odr;
using Nsp.Domain.Odr.Registrations;
using Nsp.Domain.Shared.Persons;

namespace Nsp.Tests.Unit.Odr.Domain;

public sealed class RegistrationRefusalTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);
    private static readonly Cpr Person = Cpr.Parse("1111111118");

    [Fact]
    public void A_registration_needs_a_person_and_organ_flags()
    {
        Assert.Throws<ArgumentNullException>(() => OrganDonorRegistration.Create(null!, PermissionType.Full, OrganPermissions.NoneGiven, null, Now));
        Assert.Throws<ArgumentNullException>(() => OrganDonorRegistration.Create(Person, PermissionType.Full, null!, null, Now));
        Assert.Throws<ArgumentNullException>(() => RegistrationRules.Check(PermissionType.Full, null!, null));
        Assert.Throws<ArgumentNullException>(() => RegistrationRules.IsOldEnough(null!, DateOnly.FromDateTime(Now)));
    }

    [Fact]
    public void A_refused_combination_tells_every_broken_rule()
    {
        var error = Assert.Throws<ArgumentException>(
            () => OrganDonorRegistration.Create(Person, PermissionType.None, new OrganPermissions(Heart: true), true, Now));

        Assert.Contains("NONE takes no organ permissions", error.Message);
        Assert.Contains("do. NONE takes no requiresRelativeAcceptance", error.Message);
    }

    [Fact]
    public void A_registration_may_close_the_instant_it_started_and_a_refused_close_says_why()
    {
        var registration = OrganDonorRegistration.Create(Person, PermissionType.Full, OrganPermissions.NoneGiven, null, Now);
        Assert.Contains("before it started", Assert.Throws<ArgumentException>(() => registration.Close(Now.AddTicks(-1))).Message);
        Assert.Contains("UTC", Assert.Throws<ArgumentException>(() => registration.Close(DateTime.SpecifyKind(Now, DateTimeKind.Local))).Message);

        registration.Close(Now);

        Assert.Equal(Now, registration.ValidTo);
        Assert.Contains("already closed", Assert.Throws<InvalidOperationException>(() => registration.Close(Now)).Message);
    }

    [Fact]
    public void The_flags_are_named_as_the_contract_names_them_in_contract_order()
    {
        var names = new OrganPermissions().Flags().Select(f => f.Organ);

        Assert.Equal(["heart", "lungs", "liver", "pancreas", "kidneys", "cornea", "smallIntestine", "skin"], names);
    }

    [Fact]
    public void Pancreas_and_small_intestine_alone_count_as_organs_given()
    {
        Assert.True(new OrganPermissions(Pancreas: true).AnyPermitted);
        Assert.True(new OrganPermissions(SmallIntestine: false).AnyGiven);
    }
}
