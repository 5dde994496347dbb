using FluentValidation;

namespace Nsp.Application.Odr.Registrations.GetOrganDonorRegistration;

/// <summary>Only the id rules: an inactive person stays readable: transplant coordinators read a deceased donor's wish.</summary>
public sealed class GetOrganDonorRegistrationValidator : AbstractValidator<GetOrganDonorRegistrationQuery>
{
    public GetOrganDonorRegistrationValidator(OdrIdValidation ids)
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
