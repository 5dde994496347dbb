using System.Xml.Linq;

namespace Nsp.Api.Odr.Soap;

/// <summary>The ODR 2018-05-01 responses. Their children are unqualified, as the contract's XSD (no
/// elementFormDefault) makes them.</summary>
internal static class OdrResponseWriter
{
    private static readonly XNamespace Ns = OdrSoapContract.Namespace;

    /// <summary>Create, Update and Delete answer an empty response element.</summary>
    public static XElement Empty(string operation)
    {
        if (operation is OdrSoapContract.GetOrganDonorRegistration or OdrSoapContract.HasOrganDonorRegistration || !OdrSoapContract.Operations.Contains(operation))
        {
            throw new ArgumentException($"{operation} does not answer an empty response.", nameof(operation));
        }

        return new XElement(Ns + (operation + "Response"));
    }

    /// <summary>Has: <c>registrationExists</c> is of hl7 type <c>bl</c>, a simple type, so the value is the element's
    /// text (<c>&lt;registrationExists&gt;true&lt;/registrationExists&gt;</c>), not a <c>value</c> attribute (ADR 0031).</summary>
    public static XElement Has(bool registrationExists) =>
        new(Ns + (OdrSoapContract.HasOrganDonorRegistration + "Response"),
            new XElement(OdrSoapContract.RegistrationExistsElement, registrationExists ? "true" : "false"));

    /// <summary>Get: the response wrapping the document <see cref="OrganDonorDocumentBuilder"/> built.</summary>
    public static XElement Get(XElement clinicalDocument)
    {
        ArgumentNullException.ThrowIfNull(clinicalDocument);
        if (clinicalDocument.Name != XName.Get(OdrSoapContract.ClinicalDocumentElement))
        {
            throw new ArgumentException("Get answers an unqualified ClinicalDocument.", nameof(clinicalDocument));
        }

        return new XElement(Ns + (OdrSoapContract.GetOrganDonorRegistration + "Response"), clinicalDocument);
    }
}
