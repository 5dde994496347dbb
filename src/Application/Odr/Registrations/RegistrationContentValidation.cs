using Nsp.Domain.Odr;
using Nsp.Domain.Odr.Registrations;

namespace Nsp.Application.Odr.Registrations;

/// <summary>The rules of a sent registration (Create, Update): a known permissionType and our organ-flag and
/// relatives-acceptance rules (<see cref="RegistrationRules"/>), each naming its field.</summary>
public static class RegistrationContentValidation
{
    public const string PermissionTypeField = "permissionType";

    public static IReadOnlyList<RegistrationRuleViolation> Problems(string? permissionType, OrganPermissions? organs, bool? requiresRelativeAcceptance)
    {
        if (string.IsNullOrEmpty(permissionType))
        {
            return [new(PermissionTypeField, "permissionType is required.")];
        }

        if (!PermissionTypes.TryParse(permissionType, out var type))
        {
            return [new(PermissionTypeField, "permissionType must be FULL, FULL_WITH_RESEARCH, LIMITED, LIMITED_WITH_RESEARCH, NONE or DONT_KNOW.")];
        }

        return RegistrationRules.Check(type, organs ?? OrganPermissions.NoneGiven, requiresRelativeAcceptance);
    }
}
