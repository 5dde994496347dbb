using System.Security.Cryptography;
using System.Text;

namespace Nsp.Domain.Idsas.Blurrings;

/// <summary><c>sha256_hex(saltPrefix + patientId + saltPostfix)</c> in lowercase hex, the value MySQL's
/// <c>sha2(concat(prefix, id, postfix), 256)</c> gives (seed 000), stored in <c>patient_id_hashed</c>.</summary>
public sealed record PatientIdHash
{
    public const int Length = 64;

    private PatientIdHash(string value) => Value = value;

    public string Value { get; }

    public static PatientIdHash Compute(PatientIdSalt salt, string patientId)
    {
        ArgumentNullException.ThrowIfNull(salt);
        ArgumentException.ThrowIfNullOrEmpty(patientId);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(salt.Prefix + patientId + salt.Postfix));
        return new PatientIdHash(Convert.ToHexStringLower(bytes));
    }

    /// <summary>Reads a hash computed elsewhere (e.g. carried by a queue message): 64 lowercase hex digits.</summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PatientIdHash? hash)
    {
        hash = text is not null && text.Length == Length && text.All(char.IsAsciiHexDigitLower) ? new PatientIdHash(text) : null;
        return hash is not null;
    }

    public override string ToString() => Value;
}
