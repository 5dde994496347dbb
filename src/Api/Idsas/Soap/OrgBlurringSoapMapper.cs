using System.Xml;
using System.Xml.Linq;
using Nsp.Application.Idsas.OrgBlurrings.CreateOrgBlurring;
using Nsp.Application.Idsas.OrgBlurrings.ListAllActiveOrgBlurrings;
using Nsp.Application.Idsas.OrgBlurrings.RemoveOrgBlurring;

namespace Nsp.Api.Idsas.Soap;

/// <summary>The department blurrings of registration 20240124: <c>org</c> of BlurredOrgIdType {id, classification
/// SOR | SHAK} ↔ the org-blurring requests. The classification is checked by the requests' validators.</summary>
public static class OrgBlurringSoapMapper
{
    private static readonly XNamespace Ns = IdsasSoapContract.Namespace20240124;

    public static CreateOrgBlurringCommand ToCreate(XmlElement body)
    {
        var (id, classification) = Org(body);
        return new CreateOrgBlurringCommand(id, classification);
    }

    public static RemoveOrgBlurringCommand ToRemove(XmlElement body)
    {
        var (id, classification) = Org(body);
        return new RemoveOrgBlurringCommand(id, classification);
    }

    public static XElement Ok(string operation) => new(Ns + (operation + "Response"), "OK");

    public static XElement ToResponse(ListAllActiveOrgBlurringsResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new XElement(
            Ns + "ListAllActiveOrgBlurringsResponse",
            result.OrgBlurrings.Select(o => new XElement(
                Ns + "org", new XElement(Ns + "id", o.OrgId), new XElement(Ns + "classification", o.ClassificationText))));
    }

    private static (string? Id, string? Classification) Org(XmlElement body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var org = IdsasXml.Child(body, "org");
        return (IdsasXml.Text(org, "id"), IdsasXml.Text(org, "classification"));
    }
}
