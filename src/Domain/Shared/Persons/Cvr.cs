using System.Diagnostics.CodeAnalysis;

namespace Nsp.Domain.Shared.Persons;

/// <summary>A Danish business registration number: exactly eight digits.</summary>
public sealed class Cvr : IEquatable<Cvr>
{
    private readonly string _value;

    private Cvr(string value) => _value = value;

    public static bool TryParse([NotNullWhen(true)] string? s, [NotNullWhen(true)] out Cvr? result)
    {
        result = null;
        if (s is null || s.Length != 8)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        result = new Cvr(s);
        return true;
    }


    public static Cvr Parse(string s) =>
        TryParse(s, out var cvr) ? cvr : throw new FormatException("Not a CVR number: expected 8 digits.");


    public override string ToString() => _value;

    public bool Equals(Cvr? other) => other is not null && string.Equals(_value, other._value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is Cvr other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_value);

    public static bool operator ==(Cvr? left, Cvr? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(Cvr? left, Cvr? right) => !(left == right);
}
