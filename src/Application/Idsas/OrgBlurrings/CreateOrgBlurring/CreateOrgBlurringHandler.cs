using MediatR;
using Nsp.Domain.Idsas.OrgBlurrings;

namespace Nsp.Application.Idsas.OrgBlurrings.CreateOrgBlurring;

/// <summary>Blurs the department unless it already is (idempotent).</summary>
public sealed class CreateOrgBlurringHandler(IOrgBlurringRepository orgBlurrings, TimeProvider time)
    : IRequestHandler<CreateOrgBlurringCommand, CreateOrgBlurringResult>
{
    public async Task<CreateOrgBlurringResult> Handle(CreateOrgBlurringCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var classification = OrgClassifications.Parse(request.Classification);
        var active = await orgBlurrings.FindActiveAsync(request.OrgId!, classification, cancellationToken);
        if (active.Count > 0)
        {
            return new CreateOrgBlurringResult(Created: false);
        }

        orgBlurrings.Add(OrgBlurring.Create(request.OrgId!, classification, time.GetUtcNow().UtcDateTime));
        return new CreateOrgBlurringResult(Created: true);
    }
}
