using MediatR;
using Nsp.Domain.Idsas.OrgBlurrings;

namespace Nsp.Application.Idsas.OrgBlurrings.CreateOrgBlurring;

/// <summary>Blurs the department unless it already is (idempotent). The database's unique rule on active rows
/// decides, not a check-then-insert, so concurrent calls create one blurring and all answer OK.</summary>
public sealed class CreateOrgBlurringHandler(IOrgBlurringRepository orgBlurrings, TimeProvider time)
    : IRequestHandler<CreateOrgBlurringCommand, CreateOrgBlurringResult>
{
    public async Task<CreateOrgBlurringResult> Handle(CreateOrgBlurringCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var classification = OrgClassifications.Parse(request.Classification);
        var created = await orgBlurrings.AddIfNoneActiveAsync(
            OrgBlurring.Create(request.OrgId!, classification, time.GetUtcNow().UtcDateTime), cancellationToken);
        return new CreateOrgBlurringResult(created);
    }
}
