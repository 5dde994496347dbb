using System.Diagnostics.CodeAnalysis;

namespace Nsp.Domain.Shared.Persons;

/// <summary>
/// A Danish civil registration number: ten digits, the first six a valid DDMMYY date whose century follows from the
/// seventh digit (the CPR office's rule). Modulus 11 is deliberately not checked: numbers issued since 2007 need not
/// satisfy it. Accepts "DDMMYYSSSS" and "DDMMYY-SSSS"; <see cref="ToString"/> gives the form without hyphen.
/// </summary>
public sealed class Cpr : IEquatable<Cpr>
{
    private readonly string _value;

    private Cpr(string value, DateOnly birthDate)
    {
        _value = value;
        BirthDate = birthDate;
    }

    /// <summary>The date of birth encoded in the first six digits, with the century from the seventh.</summary>
    public DateOnly BirthDate { get; }

    public static bool TryParse([NotNullWhen(true)] string? s, [NotNullWhen(true)] out Cpr? result)
    {
        result = null;
        if (s is null)
        {
            return false;
        }

        string digits;
        if (s.Length == 11 && s[6] == '-')
        {
            digits = string.Concat(s.AsSpan(0, 6), s.AsSpan(7));
        }
        else if (s.Length == 10)
        {
            digits = s;
        }
        else
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        var day = Digits(digits, 0);
        var month = Digits(digits, 2);
        var year = Century(Digits(digits, 4), digits[6] - '0') + Digits(digits, 4);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        result = new Cpr(digits, new DateOnly(year, month, day));
        return true;
    }


    /// <exception cref="FormatException">The text is not a CPR number; the message does not repeat it (personal data).</exception>
    public static Cpr Parse(string s) =>
        TryParse(s, out var cpr) ? cpr : throw new FormatException("Not a CPR number: expected 10 digits starting with a valid DDMMYY date.");


    public override string ToString() => _value;

    public bool Equals(Cpr? other) => other is not null && string.Equals(_value, other._value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is Cpr other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_value);

    public static bool operator ==(Cpr? left, Cpr? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(Cpr? left, Cpr? right) => !(left == right);

    private static int Digits(string s, int start) => ((s[start] - '0') * 10) + (s[start + 1] - '0');

    // The CPR office's table: the seventh digit and the two-digit year give the century.
    private static int Century(int yy, int seventh) => seventh switch
    {
        <= 3 => 1900,
        4 or 9 => yy <= 36 ? 2000 : 1900,
        _ => yy <= 57 ? 2000 : 1800,
    };
}
