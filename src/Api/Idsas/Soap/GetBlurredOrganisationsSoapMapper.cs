using System.Xml;
using System.Xml.Linq;
using Nsp.Application.Idsas.Blurrings.GetBlurredOrganisations;

namespace Nsp.Api.Idsas.Soap;

/// <summary>GetBlurredOrganisations (lookup 20240124, also served at the 20230601 path): patientId in,
/// <c>organisationId*</c> {id = CVR, classification = CVR} out.</summary>
public static class GetBlurredOrganisationsSoapMapper
{
    public static GetBlurredOrganisationsQuery ToQuery(XmlElement body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new GetBlurredOrganisationsQuery(IdsasXml.Id(body, "patientId", "CPR"));
    }

    /// <summary>The answer in <paramref name="ns"/>, the namespace the request came in.</summary>
    public static XElement ToResponse(GetBlurredOrganisationsResult result, string ns)
    {
        ArgumentNullException.ThrowIfNull(result);
        XNamespace target = ns;
        return new XElement(
            target + "GetBlurredOrganisationsResponse",
            result.OrganisationCvrs.Select(cvr => new XElement(
                target + "organisationId",
                new XElement(target + "id", cvr),
                new XElement(target + "classification", GetBlurredOrganisationsResult.OrganisationClassification))));
    }
}
