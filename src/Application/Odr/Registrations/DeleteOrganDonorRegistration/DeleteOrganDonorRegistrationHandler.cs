using MediatR;
using Nsp.Application.Shared.Security;
using Nsp.Domain.Shared.Persons;

namespace Nsp.Application.Odr.Registrations.DeleteOrganDonorRegistration;

/// <summary>Closes the active row (validto = now); refused when none is active.</summary>
public sealed class DeleteOrganDonorRegistrationHandler(
    IOrganDonorRegistrationRepository registrations, ISecurityContextAccessor securityContext, TimeProvider time)
    : IRequestHandler<DeleteOrganDonorRegistrationCommand, DeleteOrganDonorRegistrationResult>
{
    public async Task<DeleteOrganDonorRegistrationResult> Handle(DeleteOrganDonorRegistrationCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!await registrations.CloseActiveAsync(Cpr.Parse(request.Id!), time.GetUtcNow().UtcDateTime, cancellationToken))
        {
            throw RegistrationRefusals.NoneActive();
        }

        return new DeleteOrganDonorRegistrationResult(securityContext.Current.Kind == CallerKind.CitizenToken);
    }
}
