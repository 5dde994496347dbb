using Nsp.Application.Odr.Registrations;
using Nsp.Application.Odr.Registrations.UpdateOrganDonorRegistration;
using Nsp.Application.Shared.Errors;
using Nsp.Application.Shared.Security;
using Nsp.Domain.Odr;
using Nsp.Domain.Odr.Registrations;
using Nsp.Domain.Shared.Persons;
using Nsp.Tests.Unit.Shared;
using NSubstitute;

namespace Nsp.Tests.Unit.Odr.Registrations.UpdateOrganDonorRegistration;

public sealed class UpdateOrganDonorRegistrationHandlerTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private static readonly Cpr Donor = Cpr.Parse(OdrCallers.DonorCpr);

    private readonly IOrganDonorRegistrationRepository _registrations = Substitute.For<IOrganDonorRegistrationRepository>();
    private readonly SecurityContextAccessor _security = new();

    public UpdateOrganDonorRegistrationHandlerTests()
    {
        _registrations.CloseActiveAsync(Donor, Now.UtcDateTime, Arg.Any<CancellationToken>()).Returns(true);
        _registrations.AddIfNoneActiveAsync(Arg.Any<OrganDonorRegistration>(), Arg.Any<CancellationToken>()).Returns(true);
    }

    private Task<UpdateOrganDonorRegistrationResult> HandleAsync(UpdateOrganDonorRegistrationCommand command, SecurityContext? caller = null)
    {
        _security.Set(caller ?? OdrCallers.HealthProfessional());
        return new UpdateOrganDonorRegistrationHandler(_registrations, _security, new ManualTimeProvider(Now)).Handle(command, CancellationToken.None);
    }

    [Fact]
    public async Task The_new_row_keeps_the_organs_and_the_relatives_acceptance_given()
    {
        var result = await HandleAsync(new UpdateOrganDonorRegistrationCommand(OdrCallers.DonorCpr, "CPR", "LIMITED", new OrganPermissions(Heart: true, Lungs: false), true));

        Assert.False(result.CalledByCitizen);
        await _registrations.Received(1).AddIfNoneActiveAsync(
            Arg.Is<OrganDonorRegistration>(r => r.PermissionType == PermissionType.Limited && r.PermissionForHeart == true && r.PermissionForLungs == false
                && r.RequiresRelativeAcceptance == true),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_citizens_own_update_is_marked_so_no_MinLog_entry_follows()
    {
        var result = await HandleAsync(new UpdateOrganDonorRegistrationCommand(OdrCallers.DonorCpr, "CPR", "FULL", null, null), OdrCallers.Citizen());

        Assert.True(result.CalledByCitizen);
    }

    [Fact]
    public async Task A_registration_that_slipped_in_after_the_close_is_refused_as_already_active()
    {
        _registrations.AddIfNoneActiveAsync(Arg.Any<OrganDonorRegistration>(), Arg.Any<CancellationToken>()).Returns(false);

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
            HandleAsync(new UpdateOrganDonorRegistrationCommand(OdrCallers.DonorCpr, "CPR", "FULL", null, null)));

        Assert.Equal("id: The citizen already has an active organ donor registration; use UpdateOrganDonorRegistration.", refused.Message);
    }

    [Fact]
    public async Task A_permission_type_that_was_not_validated_is_a_programming_error()
    {
        var refused = await Assert.ThrowsAsync<ArgumentException>(() =>
            HandleAsync(new UpdateOrganDonorRegistrationCommand(OdrCallers.DonorCpr, "CPR", "SOMETIMES", null, null)));

        Assert.StartsWith("Validated permissionType expected.", refused.Message, StringComparison.Ordinal);
        await _registrations.DidNotReceiveWithAnyArgs().CloseActiveAsync(default!, default, default);
    }

    [Fact]
    public async Task A_command_is_required()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => HandleAsync(null!));
    }
}
