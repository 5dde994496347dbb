using FluentValidation;

namespace Nsp.Tests.Integration.Shared.Pipeline;

public sealed class RecordNoteCommandValidator : AbstractValidator<RecordNoteCommand>
{
    public RecordNoteCommandValidator()
    {
        RuleFor(c => c.PatientCpr).Must(cpr => cpr.Length == 10 && cpr.All(char.IsAsciiDigit)).WithMessage("must be 10 digits");
    }
}
