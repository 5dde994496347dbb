using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using System.Xml;

namespace Nsp.Api.Shared.Security;

/// <summary>
/// Our own SHA-256 of an assertion as received: its serialisation (the document is loaded with
/// <c>PreserveWhitespace</c>, so this is the text the client sent, attributes and whitespace included) followed by
/// the namespace declarations it inherits from its ancestors, because those decide what its prefixes mean. Never
/// derived from values the message states (such as its DigestValue). A struct, so a lookup allocates no key; the
/// element is written straight into the hash by a writer each thread keeps (issue 13: <c>OuterXml</c> built 17 KB of
/// text per call only to hash it).
/// </summary>
public readonly record struct IdCardCacheKey(ulong Part0, ulong Part1, ulong Part2, ulong Part3)
{
    private static readonly XmlWriterSettings FragmentWriting = new()
    {
        ConformanceLevel = ConformanceLevel.Fragment,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        OmitXmlDeclaration = true,
        CloseOutput = false,
        // What the parser admitted is written as it is, as OuterXml would; a check here could only throw.
        CheckCharacters = false,
    };

    [ThreadStatic]
    private static (HashingStream Stream, XmlWriter Writer)? t_hashing;

    public static IdCardCacheKey Of(XmlElement assertion)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        var (stream, writer) = t_hashing ??= NewHashing();
        try
        {
            assertion.WriteTo(writer);
            writer.Flush();
        }
        catch
        {
            // A writer that failed half-way holds a broken state and a partial hash: this thread starts afresh.
            t_hashing = null;
            throw;
        }

        for (XmlNode? node = assertion.ParentNode; node is XmlElement ancestor; node = node.ParentNode)
        {
            foreach (XmlAttribute attribute in ancestor.Attributes)
            {
                if (attribute.NamespaceURI == SosiNamespaces.Xmlns)
                {
                    // Separators that cannot occur in a name or a URI keep "a"+"bc" apart from "ab"+"c".
                    Append(stream, "\u0001");
                    Append(stream, attribute.Name);
                    Append(stream, "\u0002");
                    Append(stream, attribute.Value);
                }
            }
        }

        Span<byte> digest = stackalloc byte[32];
        stream.TakeHash(digest);
        return new IdCardCacheKey(
            BinaryPrimitives.ReadUInt64LittleEndian(digest),
            BinaryPrimitives.ReadUInt64LittleEndian(digest[8..]),
            BinaryPrimitives.ReadUInt64LittleEndian(digest[16..]),
            BinaryPrimitives.ReadUInt64LittleEndian(digest[24..]));
    }

    private static (HashingStream, XmlWriter) NewHashing()
    {
        var stream = new HashingStream();
        return (stream, XmlWriter.Create(stream, FragmentWriting));
    }

    private static void Append(HashingStream stream, string text)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            int length = Encoding.UTF8.GetBytes(text, buffer);
            stream.Write(buffer, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
