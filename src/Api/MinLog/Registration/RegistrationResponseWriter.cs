using System.Globalization;
using System.Xml.Linq;
using Nsp.Application.MinLog.Registration.AddRegistrations;

namespace Nsp.Api.MinLog.Registration;

/// <summary><c>RegistrationResponse</c>: FailedLogDataEntries* {FaultCode, FaultText, SequenceNumber?}, NumberAdded,
/// NumberFailed; children unqualified.</summary>
internal static class RegistrationResponseWriter
{
    private static readonly XNamespace Ns = MinLogRegistrationContract.Namespace;

    public static XElement Write(AddRegistrationsResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new XElement(
            Ns + "RegistrationResponse",
            new XAttribute(XNamespace.Xmlns + "ml", Ns.NamespaceName),
            result.Failed.Select(f => new XElement(
                "FailedLogDataEntries",
                new XElement("FaultCode", f.FaultCode),
                new XElement("FaultText", f.FaultText),
                f.SequenceNumber is null ? null : new XElement("SequenceNumber", f.SequenceNumber))),
            new XElement("NumberAdded", result.NumberAdded.ToString(CultureInfo.InvariantCulture)),
            new XElement("NumberFailed", result.NumberFailed.ToString(CultureInfo.InvariantCulture)));
    }
}
