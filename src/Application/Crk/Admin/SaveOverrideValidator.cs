using FluentValidation;
using Nsp.Domain.Crk;

namespace Nsp.Application.Crk.Admin;

/// <summary>The <c>override</c> row's rules (<see cref="NodeOverride.Check"/>), refused with the field named before
/// anything is read or written.</summary>
public sealed class SaveOverrideValidator : AbstractValidator<SaveOverrideCommand>
{
    public SaveOverrideValidator()
    {
        RuleFor(c => c.Values).Custom((values, context) =>
        {
            if (values is null)
            {
                context.AddFailure("values", "An override needs its values.");
                return;
            }

            try
            {
                NodeOverride.Check(values);
            }
            catch (ArgumentException e)
            {
                context.AddFailure(e.ParamName ?? "values", e.Message);
            }
        });
    }
}
