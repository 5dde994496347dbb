using MediatR;
using Nsp.Application.Shared.Security;
using Nsp.Domain.Odr;
using Nsp.Domain.Odr.Registrations;
using Nsp.Domain.Shared.Persons;

namespace Nsp.Application.Odr.Registrations.CreateOrganDonorRegistration;

/// <summary>Refused when the citizen has an active registration. The database's unique rule on active rows decides,
/// so two concurrent Creates leave one registration and one refusal.</summary>
public sealed class CreateOrganDonorRegistrationHandler(
    IOrganDonorRegistrationRepository registrations, ISecurityContextAccessor securityContext, TimeProvider time)
    : IRequestHandler<CreateOrganDonorRegistrationCommand, CreateOrganDonorRegistrationResult>
{
    public async Task<CreateOrganDonorRegistrationResult> Handle(CreateOrganDonorRegistrationCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var registration = OrganDonorRegistration.Create(
            Cpr.Parse(request.Id!),
            PermissionTypes.TryParse(request.PermissionType, out var type) ? type : throw new ArgumentException("Validated permissionType expected.", nameof(request)),
            request.Organs ?? OrganPermissions.NoneGiven,
            request.RequiresRelativeAcceptance,
            time.GetUtcNow().UtcDateTime);
        if (!await registrations.AddIfNoneActiveAsync(registration, cancellationToken))
        {
            throw RegistrationRefusals.AlreadyActive();
        }

        return new CreateOrganDonorRegistrationResult(securityContext.Current.Kind == CallerKind.CitizenToken);
    }
}
