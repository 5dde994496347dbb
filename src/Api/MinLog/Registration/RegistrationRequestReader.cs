using System.Xml;
using Nsp.Api.Shared.Soap;
using Nsp.Application.MinLog.Registration.AddRegistrations;

namespace Nsp.Api.MinLog.Registration;

/// <summary>Turns a <c>RegistrationRequest</c> into <see cref="LogDataEntryMessage"/>s. Only what makes the request as
/// a whole unreadable is a <c>syntax_error</c> (a child other than an unqualified LogDataEntry, text between entries);
/// whatever is wrong inside one entry (a missing Destination, an unknown, repeated, misplaced or qualified element)
/// is kept as that entry's <see cref="LogDataEntryMessage.StructureProblem"/>, so the other entries are still stored.
/// Texts are passed on exactly as sent; their rules are <see cref="LogDataEntryRules"/>'.</summary>
internal static class RegistrationRequestReader
{
    // The Destination sequence in the contract's order; Filter may repeat. DateTime | FromDateTime + ToDateTime is a
    // choice the rules check.
    private static readonly string[] DestinationOrder =
    [
        "SystemName", "Activity", "Reason", "Addition", "Criticality", "DateTime", "FromDateTime", "ToDateTime",
        "OrganisationId", "OrganisationName", "PersonIdentifier", "PersonName", "CorrelationId", "SequenceNumber",
        "UserPersonIdentifier", "UserPersonName", "UserRole", "OnBehalfOfPersonIdentifier", "OnBehalfOfPersonName",
        "OnBehalfOfUserRole", "Filter",
    ];

    public static IReadOnlyList<LogDataEntryMessage> Read(XmlElement body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var entries = new List<LogDataEntryMessage>();
        foreach (XmlNode node in body.ChildNodes)
        {
            switch (node)
            {
                case XmlElement { LocalName: "LogDataEntry", NamespaceURI: "" } entry:
                    entries.Add(Entry(entry));
                    break;
                case XmlElement other:
                    throw SoapFaultException.Syntax($"RegistrationRequest may hold only unqualified LogDataEntry elements, not {Describe(other)}.");
                case XmlText or XmlCDataSection when !string.IsNullOrWhiteSpace(node.Value):
                    throw SoapFaultException.Syntax("RegistrationRequest may not hold text between its LogDataEntry elements.");
            }
        }

        return entries;
    }

    private static LogDataEntryMessage Entry(XmlElement entry)
    {
        var children = Elements(entry, out string? problem);
        if (problem is not null)
        {
            return new LogDataEntryMessage { StructureProblem = "LogDataEntry " + problem };
        }

        XmlElement? source = null;
        XmlElement? destination = null;
        if (children.Count == 2 && IsUnqualified(children[0], "Source") && IsUnqualified(children[1], "Destination"))
        {
            (source, destination) = (children[0], children[1]);
        }
        else if (children.Count == 1 && IsUnqualified(children[0], "Destination"))
        {
            destination = children[0];
        }

        if (destination is null)
        {
            return new LogDataEntryMessage { StructureProblem = "LogDataEntry must hold an optional Source and then a Destination." };
        }

        var sources = new List<LogDataEntrySource>();
        string? sourceProblem = source is null ? null : Sources(source, sources);
        return sourceProblem is not null
            ? new LogDataEntryMessage { StructureProblem = sourceProblem }
            : Destination(destination) with { Sources = sources };
    }

    /// <summary>Follows the Source chain (CorrelationId?, SystemName?, Source?) up to one level past the rules' limit.</summary>
    private static string? Sources(XmlElement source, List<LogDataEntrySource> chain)
    {
        var current = source;
        while (current is not null)
        {
            if (chain.Count > LogDataEntryRules.MaxSourceDepth)
            {
                // The rules refuse the entry for its depth; nothing deeper is read.
                return null;
            }

            var children = Elements(current, out string? problem);
            if (problem is not null)
            {
                return "Source " + problem;
            }

            string? correlationId = null;
            string? systemName = null;
            XmlElement? next = null;
            int position = 0;
            foreach (var child in children)
            {
                int index = child.NamespaceURI.Length == 0 ? Array.IndexOf(SourceOrder, child.LocalName) : -1;
                if (index < position)
                {
                    return $"Source holds {Describe(child)} where the contract has CorrelationId?, SystemName?, Source?.";
                }

                position = index + 1;
                switch (child.LocalName)
                {
                    case "CorrelationId":
                        correlationId = Text(child, out problem);
                        break;
                    case "SystemName":
                        systemName = Text(child, out problem);
                        break;
                    default:
                        next = child;
                        break;
                }

                if (problem is not null)
                {
                    return problem;
                }
            }

            chain.Add(new LogDataEntrySource(correlationId, systemName));
            current = next;
        }

        return null;
    }

    private static readonly string[] SourceOrder = ["CorrelationId", "SystemName", "Source"];

    private static LogDataEntryMessage Destination(XmlElement destination)
    {
        var children = Elements(destination, out string? problem);
        if (problem is not null)
        {
            return new LogDataEntryMessage { StructureProblem = "Destination " + problem };
        }

        var values = new Dictionary<string, XmlElement>(StringComparer.Ordinal);
        var filters = new List<string>();
        int position = 0;
        foreach (var child in children)
        {
            int index = child.NamespaceURI.Length == 0 ? Array.IndexOf(DestinationOrder, child.LocalName) : -1;
            if (index < 0)
            {
                return Problem($"Destination holds an unexpected element {Describe(child)}.");
            }

            bool repeatable = child.LocalName == "Filter";
            if (index < position || (!repeatable && values.ContainsKey(child.LocalName)))
            {
                return Problem($"Destination holds {child.LocalName} out of the contract's order or more than once.");
            }

            position = repeatable ? index : index + 1;
            string? text = Text(child, out problem);
            if (problem is not null)
            {
                return Problem(problem);
            }

            if (repeatable)
            {
                filters.Add(text!);
            }
            else
            {
                values[child.LocalName] = child;
            }
        }

        string? Value(string name) => values.TryGetValue(name, out var e) ? e.InnerText : null;
        string? Source(string name) => values.TryGetValue(name, out var e) && e.GetAttributeNode("source") is { } a ? a.Value : null;
        return new LogDataEntryMessage
        {
            SystemName = Value("SystemName"),
            Activity = Value("Activity"),
            Reason = Value("Reason"),
            Addition = Value("Addition"),
            Criticality = Value("Criticality"),
            DateTime = Value("DateTime"),
            FromDateTime = Value("FromDateTime"),
            ToDateTime = Value("ToDateTime"),
            OrganisationId = Value("OrganisationId"),
            OrganisationIdSource = Source("OrganisationId"),
            OrganisationName = Value("OrganisationName"),
            PersonIdentifier = Value("PersonIdentifier"),
            PersonIdentifierSource = Source("PersonIdentifier"),
            PersonName = Value("PersonName"),
            CorrelationId = Value("CorrelationId"),
            SequenceNumber = Value("SequenceNumber"),
            UserPersonIdentifier = Value("UserPersonIdentifier"),
            UserPersonIdentifierSource = Source("UserPersonIdentifier"),
            UserPersonName = Value("UserPersonName"),
            UserRole = Value("UserRole"),
            OnBehalfOfPersonIdentifier = Value("OnBehalfOfPersonIdentifier"),
            OnBehalfOfPersonIdentifierSource = Source("OnBehalfOfPersonIdentifier"),
            OnBehalfOfPersonName = Value("OnBehalfOfPersonName"),
            OnBehalfOfUserRole = Value("OnBehalfOfUserRole"),
            Filters = filters,
        };

        static LogDataEntryMessage Problem(string text) => new() { StructureProblem = text };
    }

    /// <summary>The element children; a problem when the element also holds text.</summary>
    private static List<XmlElement> Elements(XmlElement parent, out string? problem)
    {
        problem = null;
        var elements = new List<XmlElement>();
        foreach (XmlNode node in parent.ChildNodes)
        {
            if (node is XmlElement element)
            {
                elements.Add(element);
            }
            else if (node is XmlText or XmlCDataSection && !string.IsNullOrWhiteSpace(node.Value))
            {
                problem = "holds text where the contract has elements.";
            }
        }

        return elements;
    }

    /// <summary>A simple element's text; a problem when it holds elements.</summary>
    private static string? Text(XmlElement element, out string? problem)
    {
        problem = element.ChildNodes.OfType<XmlElement>().Any() ? $"{element.LocalName} must hold text, not elements." : null;
        return element.InnerText;
    }

    private static bool IsUnqualified(XmlElement element, string name) => element.LocalName == name && element.NamespaceURI.Length == 0;

    private static string Describe(XmlElement element) =>
        element.NamespaceURI.Length == 0 ? element.LocalName : $"{{{element.NamespaceURI}}}{element.LocalName}";
}
