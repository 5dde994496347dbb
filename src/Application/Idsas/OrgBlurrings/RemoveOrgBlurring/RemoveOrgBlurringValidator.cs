using FluentValidation;

namespace Nsp.Application.Idsas.OrgBlurrings.RemoveOrgBlurring;

public sealed class RemoveOrgBlurringValidator : AbstractValidator<RemoveOrgBlurringCommand>
{
    public RemoveOrgBlurringValidator() => OrgBlurringRules.AddOrgRules(this, c => c.OrgId, c => c.Classification);
}
