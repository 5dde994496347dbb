using FluentValidation;

namespace Nsp.Application.Odr.Registrations.HasOrganDonorRegistration;

/// <summary>Only the id rules: an inactive person stays answerable.</summary>
public sealed class HasOrganDonorRegistrationValidator : AbstractValidator<HasOrganDonorRegistrationQuery>
{
    public HasOrganDonorRegistrationValidator(OdrIdValidation ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        RuleFor(q => q).CustomAsync(async (request, context, cancellationToken) =>
        {
            foreach (var problem in await ids.ProblemsAsync(request, changesRegistration: false, cancellationToken))
            {
                context.AddFailure(OdrIdValidation.IdField, problem);
            }
        });
    }
}
