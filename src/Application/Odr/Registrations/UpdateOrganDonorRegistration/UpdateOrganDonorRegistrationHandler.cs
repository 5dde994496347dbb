using MediatR;
using Nsp.Application.Shared.Security;
using Nsp.Domain.Odr;
using Nsp.Domain.Odr.Registrations;
using Nsp.Domain.Shared.Persons;

namespace Nsp.Application.Odr.Registrations.UpdateOrganDonorRegistration;

/// <summary>Closes the active row and inserts the new one in the request's transaction; refused when none is
/// active. The close is one statement, so of two concurrent Updates one closes and the other finds none.</summary>
public sealed class UpdateOrganDonorRegistrationHandler(
    IOrganDonorRegistrationRepository registrations, ISecurityContextAccessor securityContext, TimeProvider time)
    : IRequestHandler<UpdateOrganDonorRegistrationCommand, UpdateOrganDonorRegistrationResult>
{
    public async Task<UpdateOrganDonorRegistrationResult> Handle(UpdateOrganDonorRegistrationCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cpr = Cpr.Parse(request.Id!);
        var now = time.GetUtcNow().UtcDateTime;
        var replacement = OrganDonorRegistration.Create(
            cpr,
            PermissionTypes.TryParse(request.PermissionType, out var type) ? type : throw new ArgumentException("Validated permissionType expected.", nameof(request)),
            request.Organs ?? OrganPermissions.NoneGiven,
            request.RequiresRelativeAcceptance,
            now);
        if (!await registrations.CloseActiveAsync(cpr, now, cancellationToken))
        {
            throw RegistrationRefusals.NoneActive();
        }

        // A concurrent Create cannot slip in: our closed row holds the unique index entry until we commit.
        if (!await registrations.AddIfNoneActiveAsync(replacement, cancellationToken))
        {
            throw RegistrationRefusals.AlreadyActive();
        }

        return new UpdateOrganDonorRegistrationResult(securityContext.Current.Kind == CallerKind.CitizenToken);
    }
}
