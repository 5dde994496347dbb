namespace Nsp.Application.Odr.Access;

/// <summary>The seed's four user types (borger, sundhedsfaglig, system bruger, admin bruger).</summary>
public enum OdrActorType
{
    Citizen,
    HealthProfessional,
    System,
    Admin,
}
