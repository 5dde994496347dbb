using FluentValidation;
using Nsp.Domain.Idsas.OrgBlurrings;

namespace Nsp.Application.Idsas.OrgBlurrings;

/// <summary>The field rules CreateOrgBlurring and RemoveOrgBlurring share: org id and classification SOR | SHAK.</summary>
public static class OrgBlurringRules
{
    public const string OrgIdField = "orgId";
    public const string ClassificationField = "classification";

    public static void AddOrgRules<T>(AbstractValidator<T> validator, Func<T, string?> orgId, Func<T, string?> classification)
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleFor(r => orgId(r))
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("org id is required.")
            .Must(id => id!.Trim().Length == id.Length && id.Length <= OrgBlurring.OrgIdMaxLength)
            .WithMessage($"org id must be at most {OrgBlurring.OrgIdMaxLength} characters without surrounding blanks.")
            .OverridePropertyName(OrgIdField);
        validator.RuleFor(r => classification(r))
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("org classification is required.")
            .Must(c => OrgClassifications.TryParse(c, out _)).WithMessage("org classification must be SOR or SHAK.")
            .OverridePropertyName(ClassificationField);
    }
}
