using MediatR;
using Nsp.Application.Shared.Security;
using Nsp.Domain.Shared.Persons;

namespace Nsp.Application.Odr.Registrations.HasOrganDonorRegistration;

public sealed class HasOrganDonorRegistrationHandler(IOrganDonorRegistrationRepository registrations, ISecurityContextAccessor securityContext)
    : IRequestHandler<HasOrganDonorRegistrationQuery, HasOrganDonorRegistrationResult>
{
    public async Task<HasOrganDonorRegistrationResult> Handle(HasOrganDonorRegistrationQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var active = await registrations.FindActiveAsync(Cpr.Parse(request.Id!), cancellationToken);
        return new HasOrganDonorRegistrationResult(active is not null, securityContext.Current.Kind == CallerKind.CitizenToken);
    }
}
