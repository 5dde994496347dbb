using System.Globalization;
using System.Text;
using System.Xml;
using Nsp.Application.Shared.MinLog;

namespace Nsp.Infrastructure.MinLog.Registration.Remote;

/// <summary>Writes an AddRegistrations request for outbox entries (SOAP 1.1, DGWS) and reads its answer. Outbox
/// entries carry the seed's fields only, so the contract's required <c>source</c> attributes are derived: the
/// citizen, user and acting-for person are CPR numbers (the MinLog behaviour writes the caller's CPR or
/// <c>0000000000</c>); the organisation's id is a CVR (8 digits), a ydernummer (up to 6 digits) or else a SOR code.</summary>
public static class MinLogRegistrationEnvelope
{
    private const string Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    private const string Medcom = "http://www.medcom.dk/dgws/2006/04/dgws-1.0.xsd";
    private const string Wsse = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";

    /// <summary>Used when an outbox entry names no system (the contract requires SystemName).</summary>
    public const string UnknownSystemName = "NSP";

    public static string Build(string signedAssertion, IReadOnlyList<MinLogEntry> entries, string messageId)
    {
        ArgumentNullException.ThrowIfNull(signedAssertion);
        ArgumentNullException.ThrowIfNull(entries);
        var text = new StringBuilder(512 + (entries.Count * 600));
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, ConformanceLevel = ConformanceLevel.Fragment };
        text.Append(CultureInfo.InvariantCulture, $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><soap:Envelope xmlns:soap=\"{Soap}\"><soap:Header>")
            .Append(CultureInfo.InvariantCulture, $"<medcom:Header xmlns:medcom=\"{Medcom}\"><medcom:SecurityLevel>3</medcom:SecurityLevel><medcom:Linking>")
            .Append(CultureInfo.InvariantCulture, $"<medcom:FlowID>{messageId}</medcom:FlowID><medcom:MessageID>{messageId}</medcom:MessageID></medcom:Linking>")
            .Append("<medcom:FlowStatus>flow_running</medcom:FlowStatus><medcom:RequireNonRepudiationReceipt>no</medcom:RequireNonRepudiationReceipt></medcom:Header>")
            .Append(CultureInfo.InvariantCulture, $"<wsse:Security xmlns:wsse=\"{Wsse}\">")
            // The card's signed bytes go in untouched.
            .Append(signedAssertion)
            .Append("</wsse:Security></soap:Header><soap:Body>");
        using (var writer = XmlWriter.Create(text, settings))
        {
            writer.WriteStartElement("m", MinLog2Wire.RequestElement, MinLog2Wire.Namespace);
            foreach (var entry in entries)
            {
                WriteEntry(writer, entry);
            }

            writer.WriteEndElement();
        }

        return text.Append("</soap:Body></soap:Envelope>").ToString();
    }

    private static void WriteEntry(XmlWriter writer, MinLogEntry entry)
    {
        // elementFormDefault="unqualified": the children are in no namespace.
        writer.WriteStartElement("LogDataEntry");
        writer.WriteStartElement("Destination");
        writer.WriteElementString("SystemName", string.IsNullOrEmpty(entry.SystemName) ? UnknownSystemName : entry.SystemName);
        writer.WriteElementString("Activity", entry.Handling);
        writer.WriteElementString("DateTime", Utc(entry.Tidspunkt).ToString(MinLog2Wire.TimestampFormat, CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(entry.OrgUsingId))
        {
            Identified(writer, "OrganisationId", entry.OrgUsingId, OrganisationSource(entry.OrgUsingId));
        }

        if (!string.IsNullOrEmpty(entry.OrgUsingName))
        {
            writer.WriteElementString("OrganisationName", entry.OrgUsingName);
        }

        Identified(writer, "PersonIdentifier", entry.CprNrBorger, "CPR");
        if (!string.IsNullOrEmpty(entry.SessionId))
        {
            writer.WriteElementString("CorrelationId", entry.SessionId);
        }

        writer.WriteElementString("SequenceNumber", entry.RegKode);
        Identified(writer, "UserPersonIdentifier", string.IsNullOrEmpty(entry.Bruger) ? "0000000000" : entry.Bruger, "CPR");
        if (!string.IsNullOrEmpty(entry.Ansvarlig))
        {
            Identified(writer, "OnBehalfOfPersonIdentifier", entry.Ansvarlig, "CPR");
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void Identified(XmlWriter writer, string name, string value, string source)
    {
        writer.WriteStartElement(name);
        writer.WriteAttributeString("source", source);
        writer.WriteString(value);
        writer.WriteEndElement();
    }

    /// <summary>The OrganisationId source of a care provider id whose NameFormat the outbox did not keep.</summary>
    public static string OrganisationSource(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        bool digits = id.All(char.IsAsciiDigit);
        return digits && id.Length == 8 ? "CVR" : digits && id.Length <= 6 ? "YDER" : "SOR";
    }

    /// <summary>NumberAdded, NumberFailed and the failed entries' "code: text" of a RegistrationResponse.</summary>
    /// <exception cref="FormatException">Not a SOAP envelope holding a RegistrationResponse.</exception>
    public static (int Added, int Failed, IReadOnlyList<string> Faults) ReadResponse(string envelope)
    {
        var document = new XmlDocument { XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new StringReader(envelope), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document.Load(reader);
        }
        catch (XmlException e)
        {
            throw new FormatException("The answer is not XML.", e);
        }

        var response = document.GetElementsByTagName(MinLog2Wire.ResponseElement, MinLog2Wire.Namespace).OfType<XmlElement>().FirstOrDefault()
            ?? throw new FormatException("The answer holds no RegistrationResponse.");
        int added = Number(response, "NumberAdded");
        int failed = Number(response, "NumberFailed");
        var faults = response.ChildNodes.OfType<XmlElement>().Where(e => e.LocalName == "FailedLogDataEntries")
            .Select(e => $"{Child(e, "FaultCode")}: {Child(e, "FaultText")}")
            .ToList();
        return (added, failed, faults);
    }

    private static string? Child(XmlElement parent, string name) =>
        parent.ChildNodes.OfType<XmlElement>().FirstOrDefault(e => e.LocalName == name && e.NamespaceURI.Length == 0)?.InnerText;

    private static int Number(XmlElement response, string name) =>
        int.TryParse(Child(response, name), NumberStyles.None, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw new FormatException($"The answer's {name} is not a number.");

    private static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    };
}
