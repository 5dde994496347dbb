using MediatR;
using Nsp.Domain.Shared.Persons;

namespace Nsp.Application.Odr.Registrations.GetOrganDonorRegistration;

public sealed class GetOrganDonorRegistrationHandler(IOrganDonorRegistrationRepository registrations)
    : IRequestHandler<GetOrganDonorRegistrationQuery, GetOrganDonorRegistrationResult>
{
    public async Task<GetOrganDonorRegistrationResult> Handle(GetOrganDonorRegistrationQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cpr = Cpr.Parse(request.Id!);
        var active = await registrations.FindActiveAsync(cpr, cancellationToken);
        return new GetOrganDonorRegistrationResult(cpr.ToString(), active is null ? null : RegistrationDetails.From(active));
    }
}
