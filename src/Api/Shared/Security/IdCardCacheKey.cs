using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Xml;

namespace Nsp.Api.Shared.Security;

/// <summary>
/// Our own SHA-256 of an assertion as received: the UTF-8 of its <c>OuterXml</c> (the document is loaded with
/// <c>PreserveWhitespace</c>, so this is the text the client sent, attributes and whitespace included) followed by
/// the namespace declarations it inherits from its ancestors, because those decide what its prefixes mean. Never
/// derived from values the message states (such as its DigestValue). A struct, so a lookup allocates no key.
/// </summary>
public readonly record struct IdCardCacheKey(ulong Part0, ulong Part1, ulong Part2, ulong Part3)
{
    public static IdCardCacheKey Of(XmlElement assertion)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, assertion.OuterXml);
        for (XmlNode? node = assertion.ParentNode; node is XmlElement ancestor; node = node.ParentNode)
        {
            foreach (XmlAttribute attribute in ancestor.Attributes)
            {
                if (attribute.NamespaceURI == SosiNamespaces.Xmlns)
                {
                    // Separators that cannot occur in a name or a URI keep "a"+"bc" apart from "ab"+"c".
                    Append(hash, "\u0001");
                    Append(hash, attribute.Name);
                    Append(hash, "\u0002");
                    Append(hash, attribute.Value);
                }
            }
        }

        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return new IdCardCacheKey(
            BinaryPrimitives.ReadUInt64LittleEndian(digest),
            BinaryPrimitives.ReadUInt64LittleEndian(digest[8..]),
            BinaryPrimitives.ReadUInt64LittleEndian(digest[16..]),
            BinaryPrimitives.ReadUInt64LittleEndian(digest[24..]));
    }

    private static void Append(IncrementalHash hash, string text)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            int length = Encoding.UTF8.GetBytes(text, buffer);
            hash.AppendData(buffer, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
