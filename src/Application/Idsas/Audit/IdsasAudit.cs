namespace Nsp.Application.Idsas.Audit;

/// <summary>IDSAS's audit vocabulary (seed 000's table; ADR 0021 for the department operations).</summary>
public static class IdsasAudit
{
    public const string Component = "IDSAS";
    public const string Category = "dk.sds.nsp.audit.log.idsas";

    public const string CreateBlurringContext = "createBlurring";
    public const string GetCurrentSaltContext = "getCurrentSalt";
    public const string GetBlurredOrganisationsContext = "getBlurredOrganisations";
    public const string CreateOrgBlurringContext = "createOrgBlurring";
    public const string RemoveOrgBlurringContext = "removeOrgBlurring";
    public const string ListAllActiveOrgBlurringsContext = "listAllActiveOrgBlurrings";

    public const string PatientId = "patient-id";
    public const string PatientIdSource = "patient-id-source";
    public const string HashedPatientId = "hashed-patient-id";
    public const string ActorId = "actor-id";
    public const string ActorIdSource = "actor-id-source";
    public const string ExpiryDateTime = "expiry-date-time";
    public const string Base64EncodedSalt = "base64-encoded-salt";
    public const string ActiveBlurringsFound = "active-blurrings-found";
    public const string OrgId = "org-id";
    public const string OrgIdSource = "org-id-source";
    public const string OrgBlurringsFound = "org-blurrings-found";

    public const string CprSource = "cpr";
    public const string CvrSource = "cvr";
}
