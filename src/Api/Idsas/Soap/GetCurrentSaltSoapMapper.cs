using System.Xml.Linq;
using Nsp.Application.Idsas.Salts.GetCurrentSalt;

namespace Nsp.Api.Idsas.Soap;

/// <summary>GetCurrentSalt (salt 20230601): no parameters; the answer carries the salt in base64.</summary>
public static class GetCurrentSaltSoapMapper
{
    private static readonly XNamespace Ns = IdsasSoapContract.Namespace20230601;

    public static GetCurrentSaltQuery ToQuery() => new();

    public static XElement ToResponse(GetCurrentSaltResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new XElement(Ns + "GetCurrentSaltResponse", new XElement(Ns + "salt", result.Base64Salt));
    }
}
