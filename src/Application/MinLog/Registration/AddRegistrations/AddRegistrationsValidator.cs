using FluentValidation;

namespace Nsp.Application.MinLog.Registration.AddRegistrations;

/// <summary>The whole request's rule: at least one LogDataEntry (the contract's minOccurs 1). Everything inside an
/// entry is judged per entry by <see cref="LogDataEntryRules"/>, never here.</summary>
public sealed class AddRegistrationsValidator : AbstractValidator<AddRegistrationsCommand>
{
    public AddRegistrationsValidator()
    {
        RuleFor(c => c.Entries).NotEmpty().WithName("LogDataEntry").WithMessage("RegistrationRequest must hold at least one LogDataEntry.");
    }
}
