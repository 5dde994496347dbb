using FluentValidation;
using Nsp.Domain.Shared.Persons;

namespace Nsp.Application.Idsas.Blurrings.GetBlurredOrganisations;

public sealed class GetBlurredOrganisationsValidator : AbstractValidator<GetBlurredOrganisationsQuery>
{
    public GetBlurredOrganisationsValidator()
    {
        RuleFor(q => q.PatientId)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("patientId is required.")
            .Must(id => id!.Length == 10 && Cpr.TryParse(id, out _))
            .WithMessage("patientId must be a CPR number: 10 digits without hyphen, the first six a valid date.")
            .OverridePropertyName("patientId");
    }
}
