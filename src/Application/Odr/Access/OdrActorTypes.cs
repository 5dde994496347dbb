namespace Nsp.Application.Odr.Access;

public static class OdrActorTypes
{
    /// <summary>The <c>actor-type</c> audit value.</summary>
    public static string ToAuditText(this OdrActorType actor) => actor switch
    {
        OdrActorType.Citizen => "citizen",
        OdrActorType.HealthProfessional => "health-professional",
        OdrActorType.System => "system",
        OdrActorType.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(actor), actor, "Unknown actor type."),
    };
}
