using System.Globalization;
using System.Xml;
using Nsp.Application.Shared.Errors;
using Nsp.Domain.Shared;

namespace Nsp.Api.Idsas.Soap;

/// <summary>Reading the IDSAS request elements. Missing values become nulls for the request validators to name;
/// only what cannot be turned into a request at all (a wrong classification, a malformed time) is refused here.</summary>
internal static class IdsasXml
{
    public static XmlElement? Child(XmlElement parent, string localName) =>
        parent.ChildNodes.OfType<XmlElement>().FirstOrDefault(e => e.LocalName == localName && e.NamespaceURI == parent.NamespaceURI);

    public static string? Text(XmlElement? element, string localName) =>
        element is null ? null : Child(element, localName)?.InnerText.Trim();

    /// <summary>The <c>{id, classification}</c> pair's id, after checking the classification is <paramref name="expected"/>.</summary>
    public static string? Id(XmlElement body, string field, params string[] expected)
    {
        var element = Child(body, field);
        string? classification = Text(element, "classification");
        if (element is not null && classification is not null && !expected.Contains(classification, StringComparer.Ordinal))
        {
            throw new RequestValidationException(field + ".classification", "must be " + string.Join(" or ", expected));
        }

        return Text(element, "id");
    }

    /// <summary>An xs:dateTime; without an offset it is Danish time (DESIGN.md 4.9).</summary>
    public static DateTimeOffset? DateTime(XmlElement body, string field)
    {
        string? text = Text(body, field);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) || !text.Contains('T', StringComparison.Ordinal))
        {
            throw new RequestValidationException(field, "must be an xs:dateTime, e.g. 2026-12-24T12:00:00+01:00");
        }

        return HasOffset(text) ? parsed : DanishTime.FromLocal(parsed.DateTime);
    }

    private static bool HasOffset(string text)
    {
        string time = text[(text.IndexOf('T', StringComparison.Ordinal) + 1)..];
        return time.EndsWith('Z') || time.Contains('+', StringComparison.Ordinal) || time.Contains('-', StringComparison.Ordinal);
    }
}
