using MediatR;
using Nsp.Application.Idsas.Configuration;

namespace Nsp.Application.Idsas.Blurrings.GetBlurredOrganisations;

/// <summary>Active blurrings by <c>idsas.lookup.strategy</c>: CPR (patient_id), HASH (patient_id_hashed of the
/// hashed incoming id) or BOTH.</summary>
public sealed class GetBlurredOrganisationsHandler(IBlurringQueries blurrings, IdsasLookupSettings settings, TimeProvider time)
    : IRequestHandler<GetBlurredOrganisationsQuery, GetBlurredOrganisationsResult>
{
    public async Task<GetBlurredOrganisationsResult> Handle(GetBlurredOrganisationsQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var patientId = request.PatientId!;
        var byCpr = settings.Strategy is LookupStrategy.Cpr or LookupStrategy.Both ? patientId : null;
        var byHash = settings.Strategy is LookupStrategy.Hash or LookupStrategy.Both ? settings.PatientIdSalt.Hash(patientId).Value : null;
        var cvrs = await blurrings.ActiveOrganisationsAsync(byCpr, byHash, time.GetUtcNow().UtcDateTime, cancellationToken);
        return new GetBlurredOrganisationsResult(cvrs);
    }
}
