using System.Xml;

namespace Nsp.Api.Shared.Soap;

/// <summary>
/// Passes an inner reader's nodes on while enforcing <see cref="SoapParsingLimits"/> as each node is read, so a
/// hostile message is refused while the document is being built: nothing that recurses over the tree (InnerText,
/// OuterXml, canonicalization) ever sees more than the limits allow. One pass, no extra allocation per node.
/// </summary>
internal sealed class LimitedXmlReader : XmlReader
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    private readonly XmlReader _inner;
    private readonly SoapParsingLimits _limits;

    // Declarations in scope at each depth: its own plus its ancestors'; a sibling overwrites its predecessor's entry.
    private readonly int[] _namespacesInScope;

    public LimitedXmlReader(XmlReader inner, SoapParsingLimits limits)
    {
        _inner = inner;
        _limits = limits;
        _namespacesInScope = new int[limits.MaxDepth];
    }

    public override int AttributeCount => _inner.AttributeCount;

    public override string BaseURI => _inner.BaseURI;

    public override int Depth => _inner.Depth;

    public override bool EOF => _inner.EOF;

    public override bool IsEmptyElement => _inner.IsEmptyElement;

    public override bool IsDefault => _inner.IsDefault;

    public override bool HasValue => _inner.HasValue;

    public override string LocalName => _inner.LocalName;

    public override string Name => _inner.Name;

    public override string NamespaceURI => _inner.NamespaceURI;

    public override XmlNameTable NameTable => _inner.NameTable;

    public override XmlNodeType NodeType => _inner.NodeType;

    public override string Prefix => _inner.Prefix;

    public override char QuoteChar => _inner.QuoteChar;

    public override ReadState ReadState => _inner.ReadState;

    public override XmlReaderSettings? Settings => _inner.Settings;

    public override XmlSpace XmlSpace => _inner.XmlSpace;

    public override string XmlLang => _inner.XmlLang;

    /// <summary>Every text, whitespace, comment and attribute value the document builder takes passes here.</summary>
    public override string Value
    {
        get
        {
            string value = _inner.Value;
            return value.Length <= _limits.MaxValueLength
                ? value
                : throw SoapFaultException.Syntax($"The message holds a value longer than {_limits.MaxValueLength} characters.");
        }
    }

    public override string GetAttribute(int i) => _inner.GetAttribute(i);

    public override string? GetAttribute(string name) => _inner.GetAttribute(name);

    public override string? GetAttribute(string name, string? namespaceURI) => _inner.GetAttribute(name, namespaceURI);

    public override string? LookupNamespace(string prefix) => _inner.LookupNamespace(prefix);

    public override void MoveToAttribute(int i) => _inner.MoveToAttribute(i);

    public override bool MoveToAttribute(string name) => _inner.MoveToAttribute(name);

    public override bool MoveToAttribute(string name, string? ns) => _inner.MoveToAttribute(name, ns);

    public override bool MoveToElement() => _inner.MoveToElement();

    public override bool MoveToFirstAttribute() => _inner.MoveToFirstAttribute();

    public override bool MoveToNextAttribute() => _inner.MoveToNextAttribute();

    public override bool ReadAttributeValue() => _inner.ReadAttributeValue();

    public override void ResolveEntity() => _inner.ResolveEntity();

    public override bool Read()
    {
        if (!_inner.Read())
        {
            return false;
        }

        if (_inner.NodeType == XmlNodeType.Element)
        {
            CheckElement();
        }

        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void CheckElement()
    {
        int depth = _inner.Depth;
        if (depth >= _limits.MaxDepth)
        {
            throw SoapFaultException.Syntax($"The message nests elements deeper than {_limits.MaxDepth} levels.");
        }

        int attributes = _inner.AttributeCount;
        if (attributes > _limits.MaxAttributesPerElement)
        {
            throw SoapFaultException.Syntax($"An element of the message has more than {_limits.MaxAttributesPerElement} attributes.");
        }

        int declared = 0;
        for (int i = 0; i < attributes; i++)
        {
            _inner.MoveToAttribute(i);

            // Names are atomized in the reader's name table, so this compares references first.
            if (string.Equals(_inner.NamespaceURI, XmlnsNamespace, StringComparison.Ordinal))
            {
                declared++;
            }
        }

        if (attributes > 0)
        {
            _inner.MoveToElement();
        }

        int inScope = declared + (depth > 0 ? _namespacesInScope[depth - 1] : 0);
        if (inScope > _limits.MaxNamespacesInScope)
        {
            throw SoapFaultException.Syntax($"An element of the message has more than {_limits.MaxNamespacesInScope} namespace declarations in scope.");
        }

        _namespacesInScope[depth] = inScope;
    }
}
