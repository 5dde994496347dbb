namespace Nsp.Api.Odr.Soap;

/// <summary>An <c>odr:OrganDonorRegistration</c> as sent or answered. <paramref name="PermissionType"/> is one of the
/// contract's six texts; an absent flag is null (the application's rules decide what that means for each type).</summary>
public sealed record OrganDonorRegistrationMessage(
    string PermissionType,
    bool? PermissionForHeart,
    bool? PermissionForLungs,
    bool? PermissionForLiver,
    bool? PermissionForPancreas,
    bool? PermissionForKidneys,
    bool? PermissionForCornea,
    bool? PermissionForSmallIntestine,
    bool? PermissionForSkin,
    bool? RequiresRelativeAcceptance);
