using System.Text;
using System.Xml;

namespace Nsp.Tests.Integration.Hostile;

/// <summary>The case being built. It starts as the base envelope's text; the DOM stage works on a parsed copy
/// (<see cref="Document"/>), the text stage on <see cref="Text"/>, and once encoded (or touched by a byte operator) only
/// <see cref="Bytes"/> counts.</summary>
public sealed class HostileMutation
{
    private XmlDocument? _document;
    private string _text;
    private byte[]? _bytes;

    public HostileMutation(HostileBaseRequest baseRequest, HostileMaterial material)
    {
        Base = baseRequest;
        Material = material;
        _text = baseRequest.Envelope;
        SoapAction = [];
    }

    public HostileBaseRequest Base { get; }

    public HostileMaterial Material { get; }

    public string Method { get; set; } = "POST";

    public string? ContentType { get; set; } = "text/xml; charset=utf-8";

    public List<string> SoapAction { get; set; }

    public bool MustBeRefused { get; set; }

    /// <summary>A DOM copy of the current text (whitespace preserved), parsed on first use.</summary>
    public XmlDocument Document
    {
        get
        {
            if (_document is null)
            {
                var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
                document.LoadXml(Text);
                _document = document;
            }

            return _document;
        }
    }

    public string Text
    {
        get
        {
            if (_document is not null)
            {
                // Leaving the DOM stage: its serialization is the text from now on.
                _text = _document.OuterXml;
                _document = null;
            }

            return _text;
        }

        set
        {
            _document = null;
            _text = value;
        }
    }

    /// <summary>The payload; until something encodes it, the text as UTF-8 (what the declaration says).</summary>
    public byte[] Bytes
    {
        get => _bytes ??= Encoding.UTF8.GetBytes(Text);
        set => _bytes = value;
    }

    public bool IsEncoded => _bytes is not null;
}
