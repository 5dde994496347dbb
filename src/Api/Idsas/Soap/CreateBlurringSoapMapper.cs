using System.Xml;
using System.Xml.Linq;
using Nsp.Application.Idsas.Blurrings.CreateBlurring;

namespace Nsp.Api.Idsas.Soap;

/// <summary>CreateBlurring (registration 20230601): <c>CreateBlurringRequest</c> ↔ <see cref="CreateBlurringCommand"/>.</summary>
public static class CreateBlurringSoapMapper
{
    private static readonly XNamespace Ns = IdsasSoapContract.Namespace20230601;

    public static CreateBlurringCommand ToCommand(XmlElement body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new CreateBlurringCommand(IdsasXml.Id(body, "patientId", "CPR"), IdsasXml.DateTime(body, "endDateTime"));
    }

    public static XElement ToResponse(CreateBlurringResult result) =>
        new(Ns + "CreateBlurringResponse", CreateBlurringResult.OkText);
}
