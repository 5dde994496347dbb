using FluentValidation;

namespace Nsp.Application.Idsas.OrgBlurrings.CreateOrgBlurring;

public sealed class CreateOrgBlurringValidator : AbstractValidator<CreateOrgBlurringCommand>
{
    public CreateOrgBlurringValidator() => OrgBlurringRules.AddOrgRules(this, c => c.OrgId, c => c.Classification);
}
