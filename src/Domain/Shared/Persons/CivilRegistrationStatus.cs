using System.Diagnostics.CodeAnalysis;

namespace Nsp.Domain.Shared.Persons;

/// <summary>
/// A civil-registration status code as the CPR register gives it (two digits) and its meaning. Codes we do not
/// interpret stay valid with <see cref="CivilRegistrationMeaning.Unknown"/>, so a new code never breaks a batch.
/// </summary>
public sealed record CivilRegistrationStatus
{
    private CivilRegistrationStatus(string code, CivilRegistrationMeaning meaning)
    {
        Code = code;
        Meaning = meaning;
    }

    public string Code { get; }

    public CivilRegistrationMeaning Meaning { get; }

    public bool IsActive => Meaning == CivilRegistrationMeaning.Active;

    public bool IsDead => Meaning == CivilRegistrationMeaning.Dead;

    public static bool TryParse([NotNullWhen(true)] string? code, [NotNullWhen(true)] out CivilRegistrationStatus? status)
    {
        status = null;
        if (code is null || code.Length != 2 || !char.IsAsciiDigit(code[0]) || !char.IsAsciiDigit(code[1]))
        {
            return false;
        }

        var meaning = code switch
        {
            "01" or "03" or "05" or "07" => CivilRegistrationMeaning.Active,
            "70" => CivilRegistrationMeaning.Disappeared,
            "80" => CivilRegistrationMeaning.Emigrated,
            "90" => CivilRegistrationMeaning.Dead,
            _ => CivilRegistrationMeaning.Unknown,
        };
        status = new CivilRegistrationStatus(code, meaning);
        return true;
    }

    public static CivilRegistrationStatus Parse(string code) =>
        TryParse(code, out var status)
            ? status
            : throw new FormatException("Not a civil-registration status code: expected two digits.");

    public override string ToString() => $"{Code} ({Meaning})";
}
