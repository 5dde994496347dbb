using FluentValidation;
using Nsp.Domain.Shared.Persons;

namespace Nsp.Application.MinLog.Lookup;

/// <summary>The contract's rules: <c>cprNR</c> is 10 digits whose first six are a valid date, or
/// <c>0000000000</c>; a period's start may not lie after its end.</summary>
public sealed class ListLogStatementsValidator : AbstractValidator<ListLogStatementsQuery>
{
    public const string AnonymousCpr = "0000000000";
    public const string CprField = "cprNR";
    public const string FromField = "fraDato";

    public ListLogStatementsValidator()
    {
        RuleFor(q => q.CprNr)
            .Must(cpr => !string.IsNullOrEmpty(cpr)).WithMessage("is required")
            .DependentRules(() => RuleFor(q => q.CprNr)
                .Must(BeACpr).WithMessage("must be 10 digits whose first six are a valid date (DDMMYY), or 0000000000")
                .OverridePropertyName(CprField))
            .OverridePropertyName(CprField);
        RuleFor(q => q.FraDato)
            .Must((q, from) => from is null || q.TilDato is null || from <= q.TilDato)
            .WithMessage("must not lie after tilDato")
            .OverridePropertyName(FromField);
    }

    private static bool BeACpr(string? cpr) =>
        cpr is { Length: 10 } && (cpr == AnonymousCpr || Cpr.TryParse(cpr, out _));
}
