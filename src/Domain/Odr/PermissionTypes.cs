namespace Nsp.Domain.Odr;

/// <summary>The contract texts of <see cref="PermissionType"/> and the rules that follow from the type (our reading,
/// DESIGN 5.2): only LIMITED* names organs, and relatives' acceptance applies only to a permission.</summary>
public static class PermissionTypes
{
    public static string ToContractText(this PermissionType type) => type switch
    {
        PermissionType.Full => "FULL",
        PermissionType.FullWithResearch => "FULL_WITH_RESEARCH",
        PermissionType.Limited => "LIMITED",
        PermissionType.LimitedWithResearch => "LIMITED_WITH_RESEARCH",
        PermissionType.None => "NONE",
        PermissionType.DontKnow => "DONT_KNOW",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown permission type."),
    };

    public static bool TryParse(string? text, out PermissionType type)
    {
        foreach (var candidate in Enum.GetValues<PermissionType>())
        {
            if (string.Equals(candidate.ToContractText(), text, StringComparison.Ordinal))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }

    /// <summary>LIMITED and LIMITED_WITH_RESEARCH name the organs given; at least one must be.</summary>
    public static bool NamesOrgans(this PermissionType type) =>
        type is PermissionType.Limited or PermissionType.LimitedWithResearch;

    /// <summary>Only a permission (FULL* or LIMITED*) can be made subject to the relatives' acceptance.</summary>
    public static bool AllowsRelativeAcceptance(this PermissionType type) =>
        type is PermissionType.Full or PermissionType.FullWithResearch or PermissionType.Limited or PermissionType.LimitedWithResearch;
}
