using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Nsp.Domain.MinLog;

/// <summary>An organisation's name as a citizen reads it, shared by many log entries. Looked up by
/// <see cref="Digest"/> (indexed), then compared by name, because names are long.</summary>
public sealed class OrganisationName
{
    public const int NameMaxLength = 256;

    private OrganisationName(string name, long digest)
    {
        Name = name;
        Digest = digest;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public long Digest { get; private set; }

    public static OrganisationName Create(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > NameMaxLength)
        {
            throw new ArgumentException($"The organisation name must be 1..{NameMaxLength} characters.", nameof(name));
        }

        return new OrganisationName(name, DigestOf(name));
    }

    /// <summary>SHA-256 of the UTF-8 name, its first 8 bytes read as a signed big-endian integer (DESIGN 5.4).</summary>
    public static long DigestOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        return BinaryPrimitives.ReadInt64BigEndian(hash);
    }
}
