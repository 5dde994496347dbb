using Nsp.Application.Odr.Registrations;
using Nsp.Application.Odr.Registrations.CreateOrganDonorRegistration;
using Nsp.Application.Odr.Registrations.DeleteOrganDonorRegistration;
using Nsp.Application.Odr.Registrations.GetOrganDonorRegistration;
using Nsp.Application.Odr.Registrations.HasOrganDonorRegistration;
using Nsp.Application.Odr.Registrations.UpdateOrganDonorRegistration;
using Nsp.Application.Shared.Errors;
using Nsp.Application.Shared.Security;
using Nsp.Domain.Odr;
using Nsp.Domain.Odr.Registrations;
using Nsp.Domain.Shared.Persons;
using Nsp.Tests.Unit.Shared;
using NSubstitute;

namespace Nsp.Tests.Unit.Odr.Registrations;

public sealed class RegistrationHandlerTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private static readonly Cpr Donor = Cpr.Parse(OdrCallers.DonorCpr);

    private readonly IOrganDonorRegistrationRepository _registrations = Substitute.For<IOrganDonorRegistrationRepository>();
    private readonly ManualTimeProvider _time = new(Now);
    private readonly SecurityContextAccessor _security = new();

    public RegistrationHandlerTests() => _security.Set(OdrCallers.HealthProfessional());

    private static OrganDonorRegistration Active() =>
        OrganDonorRegistration.Create(Donor, PermissionType.Limited, new OrganPermissions(Kidneys: true), true, Now.AddDays(-3).UtcDateTime);

    [Fact]
    public async Task Create_inserts_an_active_registration_valid_from_now()
    {
        _registrations.AddIfNoneActiveAsync(Arg.Any<OrganDonorRegistration>(), Arg.Any<CancellationToken>()).Returns(true);
        var handler = new CreateOrganDonorRegistrationHandler(_registrations, _security, _time);

        var result = await handler.Handle(
            new CreateOrganDonorRegistrationCommand(OdrCallers.DonorCpr, "CPR", "LIMITED_WITH_RESEARCH", new OrganPermissions(Heart: true), false),
            CancellationToken.None);

        Assert.False(result.CalledByCitizen);
        await _registrations.Received(1).AddIfNoneActiveAsync(
            Arg.Is<OrganDonorRegistration>(r => r.Cpr == OdrCallers.DonorCpr && r.PermissionType == PermissionType.LimitedWithResearch
                && r.PermissionForHeart == true && r.RequiresRelativeAcceptance == false && r.ValidFrom == Now.UtcDateTime && r.ValidTo == null),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Create_is_refused_on_id_when_an_active_registration_exists()
    {
        _registrations.AddIfNoneActiveAsync(Arg.Any<OrganDonorRegistration>(), Arg.Any<CancellationToken>()).Returns(false);
        var handler = new CreateOrganDonorRegistrationHandler(_registrations, _security, _time);

        var refusal = await Assert.ThrowsAsync<RequestValidationException>(() =>
            handler.Handle(new CreateOrganDonorRegistrationCommand(OdrCallers.DonorCpr, "CPR", "FULL", null, null), CancellationToken.None));

        Assert.Equal(["id"], refusal.Errors.Keys);
    }

    [Fact]
    public async Task A_citizens_own_create_is_marked_so_no_MinLog_entry_follows()
    {
        var citizen = new SecurityContextAccessor();
        citizen.Set(OdrCallers.Citizen());
        _registrations.AddIfNoneActiveAsync(Arg.Any<OrganDonorRegistration>(), Arg.Any<CancellationToken>()).Returns(true);
        var handler = new CreateOrganDonorRegistrationHandler(_registrations, citizen, _time);

        var result = await handler.Handle(new CreateOrganDonorRegistrationCommand(OdrCallers.DonorCpr, "CPR", "NONE", null, null), CancellationToken.None);

        Assert.True(result.CalledByCitizen);
    }

    [Fact]
    public async Task Update_closes_the_active_row_now_and_inserts_the_new_one_from_now()
    {
        _registrations.CloseActiveAsync(Donor, Now.UtcDateTime, Arg.Any<CancellationToken>()).Returns(true);
        _registrations.AddIfNoneActiveAsync(Arg.Any<OrganDonorRegistration>(), Arg.Any<CancellationToken>()).Returns(true);
        var handler = new UpdateOrganDonorRegistrationHandler(_registrations, _security, _time);

        await handler.Handle(new UpdateOrganDonorRegistrationCommand(OdrCallers.DonorCpr, "CPR", "DONT_KNOW", null, null), CancellationToken.None);

        Received.InOrder(() =>
        {
            _registrations.CloseActiveAsync(Donor, Now.UtcDateTime, Arg.Any<CancellationToken>());
            _registrations.AddIfNoneActiveAsync(
                Arg.Is<OrganDonorRegistration>(r => r.PermissionType == PermissionType.DontKnow && r.ValidFrom == Now.UtcDateTime), Arg.Any<CancellationToken>());
        });
    }

    [Fact]
    public async Task Update_without_an_active_registration_is_refused_and_inserts_nothing()
    {
        _registrations.CloseActiveAsync(Donor, Arg.Any<DateTime>(), Arg.Any<CancellationToken>()).Returns(false);
        var handler = new UpdateOrganDonorRegistrationHandler(_registrations, _security, _time);

        var refusal = await Assert.ThrowsAsync<RequestValidationException>(() =>
            handler.Handle(new UpdateOrganDonorRegistrationCommand(OdrCallers.DonorCpr, "CPR", "FULL", null, null), CancellationToken.None));

        Assert.Contains("no active", refusal.Message, StringComparison.Ordinal);
        await _registrations.DidNotReceiveWithAnyArgs().AddIfNoneActiveAsync(default!, default);
    }

    [Fact]
    public async Task Delete_closes_the_active_row_now()
    {
        _registrations.CloseActiveAsync(Donor, Now.UtcDateTime, Arg.Any<CancellationToken>()).Returns(true);
        var handler = new DeleteOrganDonorRegistrationHandler(_registrations, _security, _time);

        var result = await handler.Handle(new DeleteOrganDonorRegistrationCommand(OdrCallers.DonorCpr, "CPR"), CancellationToken.None);

        Assert.False(result.CalledByCitizen);
        await _registrations.Received(1).CloseActiveAsync(Donor, Now.UtcDateTime, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Delete_without_an_active_registration_is_refused()
    {
        var handler = new DeleteOrganDonorRegistrationHandler(_registrations, _security, _time);

        await Assert.ThrowsAsync<RequestValidationException>(() =>
            handler.Handle(new DeleteOrganDonorRegistrationCommand(OdrCallers.DonorCpr, "CPR"), CancellationToken.None));
    }

    [Fact]
    public async Task Get_returns_the_active_registration_with_validfrom_as_its_registration_time()
    {
        _registrations.FindActiveAsync(Donor, Arg.Any<CancellationToken>()).Returns(Active());
        var handler = new GetOrganDonorRegistrationHandler(_registrations);

        var result = await handler.Handle(new GetOrganDonorRegistrationQuery(OdrCallers.DonorCpr, "CPR"), CancellationToken.None);

        Assert.Equal(
            new RegistrationDetails(OdrCallers.DonorCpr, PermissionType.Limited, new OrganPermissions(Kidneys: true), true, Now.AddDays(-3).UtcDateTime),
            result.Registration);
    }

    [Fact]
    public async Task Get_without_an_active_registration_answers_none_not_a_fault()
    {
        var handler = new GetOrganDonorRegistrationHandler(_registrations);

        var result = await handler.Handle(new GetOrganDonorRegistrationQuery(OdrCallers.DonorCpr, "CPR"), CancellationToken.None);

        Assert.Equal((OdrCallers.DonorCpr, (RegistrationDetails?)null), (result.Cpr, result.Registration));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Has_answers_whether_an_active_registration_exists(bool exists)
    {
        _registrations.FindActiveAsync(Donor, Arg.Any<CancellationToken>()).Returns(exists ? Active() : null);
        var handler = new HasOrganDonorRegistrationHandler(_registrations, _security);

        var result = await handler.Handle(new HasOrganDonorRegistrationQuery(OdrCallers.DonorCpr, "CPR"), CancellationToken.None);

        Assert.Equal(exists, result.RegistrationExists);
    }

    [Fact]
    public async Task A_citizens_own_has_is_marked_so_no_MinLog_entry_follows()
    {
        var citizen = new SecurityContextAccessor();
        citizen.Set(OdrCallers.Citizen());

        var result = await new HasOrganDonorRegistrationHandler(_registrations, citizen).Handle(new HasOrganDonorRegistrationQuery(OdrCallers.DonorCpr, "CPR"), CancellationToken.None);

        Assert.True(result.CalledByCitizen);
    }

    [Fact]
    public async Task Every_handler_needs_a_request()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => new CreateOrganDonorRegistrationHandler(_registrations, _security, _time).Handle(null!, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentNullException>(() => new DeleteOrganDonorRegistrationHandler(_registrations, _security, _time).Handle(null!, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentNullException>(() => new GetOrganDonorRegistrationHandler(_registrations).Handle(null!, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentNullException>(() => new HasOrganDonorRegistrationHandler(_registrations, _security).Handle(null!, CancellationToken.None));
    }

    [Fact]
    public async Task A_permission_type_that_was_not_validated_is_a_programming_error_on_create()
    {
        var refused = await Assert.ThrowsAsync<ArgumentException>(() =>
            new CreateOrganDonorRegistrationHandler(_registrations, _security, _time)
                .Handle(new CreateOrganDonorRegistrationCommand(OdrCallers.DonorCpr, "CPR", "SOMETIMES", null, null), CancellationToken.None));

        Assert.StartsWith("Validated permissionType expected.", refused.Message, StringComparison.Ordinal);
    }
}
