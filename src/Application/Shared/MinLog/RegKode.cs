using System.Security.Cryptography;
using System.Text;

namespace Nsp.Application.Shared.MinLog;

/// <summary>The deterministic registration code of a log entry: a UUIDv5 (RFC 9562, SHA-1) of the call's DGWS
/// MessageID, the citizen's CPR and the action, so a retried call produces the same code and is stored once.</summary>
public static class RegKode
{
    // Our own namespace UUID for NSP MinLog registration codes.
    private static readonly Guid Namespace = new("6f1c7c0e-3d1b-5b0a-9a43-2b9b4f7d8e11");

    public static string For(string messageId, string citizenCpr, string handling)
    {
        var name = string.Concat(messageId, "\n", citizenCpr, "\n", handling);
        return UuidV5(Namespace, name).ToString();
    }

    public static Guid UuidV5(Guid namespaceId, string name)
    {
        Span<byte> namespaceBytes = stackalloc byte[16];
        namespaceId.TryWriteBytes(namespaceBytes, bigEndian: true, out _);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        namespaceBytes.CopyTo(input);
        nameBytes.CopyTo(input, 16);

        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // RFC 9562 defines version 5 with SHA-1; it is an identifier, not a security measure.
        SHA1.HashData(input, hash);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
