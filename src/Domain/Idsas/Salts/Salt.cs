using System.Security.Cryptography;

namespace Nsp.Domain.Idsas.Salts;

/// <summary>The salt the STS puts in citizens' tokens for staff pseudonyms. The newest is current; renewing adds a
/// new one (32 random bytes, ADR 0020). Stored as base64 text, which is also how it is handed out.</summary>
public sealed class Salt
{
    public const int SizeInBytes = 32;

    /// <summary>Base64 of 32 bytes is 44 characters.</summary>
    public const int Base64Length = 44;

    private Salt(string base64Value, DateTime created)
    {
        Base64Value = base64Value;
        Created = created;
    }

    public long Id { get; private set; }

    public string Base64Value { get; private set; }

    public DateTime Created { get; private set; }

    public byte[] Bytes() => Convert.FromBase64String(Base64Value);

    public static Salt CreateRandom(DateTime nowUtc) => FromBytes(RandomNumberGenerator.GetBytes(SizeInBytes), nowUtc);

    public static Salt FromBytes(byte[] value, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length != SizeInBytes)
        {
            throw new ArgumentException($"A salt is {SizeInBytes} bytes.", nameof(value));
        }

        if (nowUtc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("Instants are UTC.", nameof(nowUtc));
        }

        return new Salt(Convert.ToBase64String(value), nowUtc);
    }

    public override string ToString() => $"Salt({Id}, {Created:O})";
}
