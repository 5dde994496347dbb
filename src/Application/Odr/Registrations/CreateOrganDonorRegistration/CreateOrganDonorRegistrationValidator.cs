using FluentValidation;

namespace Nsp.Application.Odr.Registrations.CreateOrganDonorRegistration;

public sealed class CreateOrganDonorRegistrationValidator : AbstractValidator<CreateOrganDonorRegistrationCommand>
{
    public CreateOrganDonorRegistrationValidator(OdrIdValidation ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        RuleFor(c => c).CustomAsync(async (command, context, cancellationToken) =>
        {
            foreach (var problem in RegistrationContentValidation.Problems(command.PermissionType, command.Organs, command.RequiresRelativeAcceptance))
            {
                context.AddFailure(problem.Field, problem.Message);
            }

            foreach (var problem in await ids.ProblemsAsync(command, changesRegistration: true, cancellationToken))
            {
                context.AddFailure(OdrIdValidation.IdField, problem);
            }
        });
    }
}
