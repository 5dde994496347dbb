using System.Globalization;
using System.Xml;
using Nsp.Api.Shared.Soap;
using Nsp.Application.MinLog.Lookup;
using Nsp.Domain.Shared;

namespace Nsp.Api.MinLog.Lookup;

/// <summary>Turns <c>ListLogStatementsRequest</c> into the query. What the schema forbids (a missing, misplaced,
/// repeated or qualified child, a date that is not an xs:dateTime) is a <c>syntax_error</c> naming the element;
/// <c>cprNR</c> is passed on as sent, so the application's validation refuses a bad one with the audit keys. A time
/// without an offset is Danish time (DESIGN 4.9); instants go on in UTC.</summary>
internal static class ListLogStatementsRequestReader
{
    private static readonly string[] Order = [MinLogLookupContract.CprElement, MinLogLookupContract.FromElement, MinLogLookupContract.ToElement];

    public static ListLogStatementsQuery Read(XmlElement body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var children = body.ChildNodes.OfType<XmlElement>().ToList();
        var found = new Dictionary<string, XmlElement>(StringComparer.Ordinal);
        int position = 0;
        foreach (var child in children)
        {
            int index = Array.IndexOf(Order, child.LocalName);
            if (index < position || child.NamespaceURI.Length != 0)
            {
                throw Syntax(index < 0
                    ? $"ListLogStatementsRequest has an unexpected element {Describe(child)}; it holds cprNR, then optionally fraDato and tilDato."
                    : child.NamespaceURI.Length != 0
                        ? $"ListLogStatementsRequest/{child.LocalName} must be unqualified (no namespace), not in {child.NamespaceURI}."
                        : $"ListLogStatementsRequest/{child.LocalName} is repeated or misplaced; the order is cprNR, fraDato, tilDato, each once.");
            }

            found[child.LocalName] = child;
            position = index + 1;
        }

        if (!found.TryGetValue(MinLogLookupContract.CprElement, out var cpr))
        {
            throw Syntax("ListLogStatementsRequest lacks the element cprNR.");
        }

        return new ListLogStatementsQuery(
            cpr.InnerText.Trim(),
            Instant(found.GetValueOrDefault(MinLogLookupContract.FromElement)),
            Instant(found.GetValueOrDefault(MinLogLookupContract.ToElement)));
    }

    private static DateTime? Instant(XmlElement? element)
    {
        if (element is null)
        {
            return null;
        }

        string text = element.InnerText.Trim();
        int t = text.IndexOf('T', StringComparison.Ordinal);
        if (t < 0 || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            throw Syntax($"ListLogStatementsRequest/{element.LocalName} '{Shorten(text)}' is not an xs:dateTime, e.g. 2026-12-24T12:00:00Z.");
        }

        string time = text[(t + 1)..];
        bool hasOffset = time.EndsWith('Z') || time.Contains('+', StringComparison.Ordinal) || time.Contains('-', StringComparison.Ordinal);
        return (hasOffset ? parsed : DanishTime.FromLocal(parsed.DateTime)).UtcDateTime;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static string Describe(XmlElement element) =>
        element.NamespaceURI.Length == 0 ? element.LocalName : "{" + element.NamespaceURI + "}" + element.LocalName;

    private static SoapFaultException Syntax(string message) => new(SoapFaultCodes.SyntaxError, message);
}
