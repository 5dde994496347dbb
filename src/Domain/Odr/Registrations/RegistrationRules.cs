using Nsp.Domain.Shared.Persons;

namespace Nsp.Domain.Odr.Registrations;

/// <summary>Our rules for what a registration may say (DESIGN 5.2, ADR 0030), shared by the aggregate's factory and
/// the request validators so both name the same fields.</summary>
public static class RegistrationRules
{
    public const string OrgansField = "organPermissions";
    public const string RelativeAcceptanceField = "requiresRelativeAcceptance";

    /// <summary>Donors register from their 15th birthday (Sundhedsloven § 53).</summary>
    public const int MinimumAgeYears = 15;

    public static IReadOnlyList<RegistrationRuleViolation> Check(
        PermissionType type, OrganPermissions organs, bool? requiresRelativeAcceptance)
    {
        ArgumentNullException.ThrowIfNull(organs);
        var violations = new List<RegistrationRuleViolation>();
        if (type.NamesOrgans() && !organs.AnyPermitted)
        {
            violations.Add(new(OrgansField, $"{type.ToContractText()} needs at least one organ permission set to true."));
        }
        else if (!type.NamesOrgans() && organs.AnyGiven)
        {
            violations.Add(new(OrgansField, $"{type.ToContractText()} takes no organ permissions; only LIMITED and LIMITED_WITH_RESEARCH do."));
        }

        if (!type.AllowsRelativeAcceptance() && requiresRelativeAcceptance is not null)
        {
            violations.Add(new(RelativeAcceptanceField, $"{type.ToContractText()} takes no requiresRelativeAcceptance; only FULL* and LIMITED* do."));
        }

        return violations;
    }

    /// <summary>True when the person has had their <see cref="MinimumAgeYears"/>th birthday on <paramref name="today"/>.
    /// A 29 February birthday falls on 28 February in other years (DateOnly.AddYears clamps).</summary>
    public static bool IsOldEnough(Cpr cpr, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(cpr);
        return cpr.BirthDate.AddYears(MinimumAgeYears) <= today;
    }
}
