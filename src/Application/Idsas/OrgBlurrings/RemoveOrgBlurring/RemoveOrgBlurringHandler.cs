using MediatR;
using Nsp.Domain.Idsas.OrgBlurrings;

namespace Nsp.Application.Idsas.OrgBlurrings.RemoveOrgBlurring;

/// <summary>Soft-removes the department's active blurring, if any (idempotent).</summary>
public sealed class RemoveOrgBlurringHandler(IOrgBlurringRepository orgBlurrings, TimeProvider time)
    : IRequestHandler<RemoveOrgBlurringCommand, RemoveOrgBlurringResult>
{
    public async Task<RemoveOrgBlurringResult> Handle(RemoveOrgBlurringCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var classification = OrgClassifications.Parse(request.Classification);
        var active = await orgBlurrings.FindActiveAsync(request.OrgId!, classification, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var orgBlurring in active)
        {
            orgBlurring.Remove(now);
        }

        return new RemoveOrgBlurringResult(Removed: active.Count > 0);
    }
}
