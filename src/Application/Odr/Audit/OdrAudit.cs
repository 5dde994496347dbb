namespace Nsp.Application.Odr.Audit;

/// <summary>ODR's audit vocabulary: the seed's keys (validateCpr, digitalPostSent) and ours (ADR 0030).</summary>
public static class OdrAudit
{
    public const string Component = "ODR";
    public const string Category = "dk.sds.nsp.audit.log.odr";

    public const string ValidateCprContext = "validateCpr";
    public const string CprDoesNotExist = "cpr-does-not-exist";
    public const string CprInactive = "cpr-inactive";

    public const string CreateContext = "createOrganDonorRegistration";
    public const string UpdateContext = "updateOrganDonorRegistration";
    public const string DeleteContext = "deleteOrganDonorRegistration";
    public const string GetContext = "getOrganDonorRegistration";
    public const string HasContext = "hasOrganDonorRegistration";

    public const string Cpr = "cpr";
    public const string PermissionType = "permission-type";
    public const string OrganPermissions = "organ-permissions";
    public const string RegistrationExists = "registration-exists";
    public const string ActorType = "actor-type";
    public const string ActorCvr = "actor-cvr";
    public const string ActorAuthorizationCode = "actor-authorization-code";
}
