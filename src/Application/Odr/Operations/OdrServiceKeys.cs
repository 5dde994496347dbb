namespace Nsp.Application.Odr.Operations;

/// <summary>Keys of ODR's national-service clients as <c>AddOdrNationalServices</c> registers them (ADR 0032).</summary>
public static class OdrServiceKeys
{
    public const string PersonInformation = OdrParts.PersonInformation;
    public const string DigitalPost = "digitalpost:odr";
}
