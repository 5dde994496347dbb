using System.Xml;
using System.Xml.Linq;

namespace Nsp.Api.Shared.Soap;

/// <summary>A handler's answer, as either XML object model, written into the response Body as it is.</summary>
internal readonly struct SoapResponseBody
{
    private readonly XElement? _linq;
    private readonly XmlElement? _dom;

    public SoapResponseBody(XElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        _linq = element;
    }

    public SoapResponseBody(XmlElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        _dom = element;
    }

    public void WriteTo(XmlWriter writer)
    {
        if (_linq is not null)
        {
            _linq.WriteTo(writer);
        }
        else
        {
            _dom?.WriteTo(writer);
        }
    }
}
