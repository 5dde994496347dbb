namespace Nsp.Application.Odr.Registrations;

/// <summary>The <c>handling</c> texts of ODR's MinLog entries, in Danish for the citizen (ours, ADR 0030; at most
/// 75 characters).</summary>
public static class OdrMinLogHandlings
{
    public const string Create = "Oprettelse i Organdonorregistret";
    public const string Update = "Opdatering i Organdonorregistret";
    public const string Delete = "Sletning i Organdonorregistret";
    public const string Get = "Opslag i Organdonorregistret";
    public const string Has = "Forespørgsel om registrering i Organdonorregistret";
}
