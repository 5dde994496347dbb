namespace Nsp.Application.Odr;

/// <summary>ODR's parts (the seed's deployables, as <c>nsp.services</c> names them) and the key of ODR's
/// PersonInformation client: both parts read it from <c>operations.properties</c>, so they share one client and one
/// error window, kept apart from IDSAS's by the key.</summary>
public static class OdrParts
{
    public const string Odr = "odr";
    public const string Operations = "odr-operations";

    /// <summary>Key of ODR's <c>IPersonInformationClient</c> and its error window.</summary>
    public const string PersonInformation = "personinformation:odr";
}
