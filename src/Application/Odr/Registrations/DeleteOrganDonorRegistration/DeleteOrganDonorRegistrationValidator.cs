using FluentValidation;

namespace Nsp.Application.Odr.Registrations.DeleteOrganDonorRegistration;

/// <summary>Only the id rules: an inactive person stays deletable (no age or status rule).</summary>
public sealed class DeleteOrganDonorRegistrationValidator : AbstractValidator<DeleteOrganDonorRegistrationCommand>
{
    public DeleteOrganDonorRegistrationValidator(OdrIdValidation ids)
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
