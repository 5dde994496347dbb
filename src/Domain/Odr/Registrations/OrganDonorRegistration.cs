using Nsp.Domain.Shared.Persons;

namespace Nsp.Domain.Odr.Registrations;

/// <summary>A donor's wish, valid from <see cref="ValidFrom"/> until <see cref="ValidTo"/>; null
/// <see cref="ValidTo"/> means active, and a CPR has at most one active row. Rows are never updated in place: an
/// update closes the active row and adds a new one, so the history stays until the deceased job removes it.</summary>
public sealed class OrganDonorRegistration
{
    public const int CprLength = 10;
    public const int PermissionTypeMaxLength = 25;

    private OrganDonorRegistration(string cpr, string permissionTypeText, DateTime validFrom)
    {
        Cpr = cpr;
        PermissionTypeText = permissionTypeText;
        ValidFrom = validFrom;
    }

    public long Id { get; private set; }

    public string Cpr { get; private set; }

    /// <summary>Stored as the contract's text (<c>FULL</c>, <c>LIMITED_WITH_RESEARCH</c>, ...) so operators' SQL reads it.</summary>
    public string PermissionTypeText { get; private set; }

    public PermissionType PermissionType =>
        PermissionTypes.TryParse(PermissionTypeText, out var type)
            ? type
            : throw new InvalidOperationException("The stored permission type is not one of the contract's.");

    public bool? PermissionForHeart { get; private set; }

    public bool? PermissionForLungs { get; private set; }

    public bool? PermissionForLiver { get; private set; }

    public bool? PermissionForPancreas { get; private set; }

    public bool? PermissionForKidneys { get; private set; }

    public bool? PermissionForCornea { get; private set; }

    public bool? PermissionForSmallIntestine { get; private set; }

    public bool? PermissionForSkin { get; private set; }

    public bool? RequiresRelativeAcceptance { get; private set; }

    public DateTime ValidFrom { get; private set; }

    public DateTime? ValidTo { get; private set; }

    public bool IsActive => ValidTo is null;

    public OrganPermissions Organs => new(
        PermissionForHeart, PermissionForLungs, PermissionForLiver, PermissionForPancreas,
        PermissionForKidneys, PermissionForCornea, PermissionForSmallIntestine, PermissionForSkin);

    /// <summary>A new active registration. Throws <see cref="ArgumentException"/> when the combination breaks
    /// <see cref="RegistrationRules.Check"/>; validators report the same rules first, with field names.</summary>
    public static OrganDonorRegistration Create(
        Cpr cpr, PermissionType type, OrganPermissions organs, bool? requiresRelativeAcceptance, DateTime validFromUtc)
    {
        ArgumentNullException.ThrowIfNull(cpr);
        ArgumentNullException.ThrowIfNull(organs);
        RequireUtc(validFromUtc);
        var violations = RegistrationRules.Check(type, organs, requiresRelativeAcceptance);
        if (violations.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", violations.Select(v => v.Message)), nameof(organs));
        }

        return new OrganDonorRegistration(cpr.ToString(), type.ToContractText(), validFromUtc)
        {
            PermissionForHeart = organs.Heart,
            PermissionForLungs = organs.Lungs,
            PermissionForLiver = organs.Liver,
            PermissionForPancreas = organs.Pancreas,
            PermissionForKidneys = organs.Kidneys,
            PermissionForCornea = organs.Cornea,
            PermissionForSmallIntestine = organs.SmallIntestine,
            PermissionForSkin = organs.Skin,
            RequiresRelativeAcceptance = requiresRelativeAcceptance,
        };
    }

    /// <summary>Ends the registration at <paramref name="atUtc"/>. Closing a closed one is refused: the caller must
    /// look for the active one.</summary>
    public void Close(DateTime atUtc)
    {
        RequireUtc(atUtc);
        if (ValidTo is not null)
        {
            throw new InvalidOperationException("The registration is already closed.");
        }

        if (atUtc < ValidFrom)
        {
            throw new ArgumentException("A registration cannot end before it started.", nameof(atUtc));
        }

        ValidTo = atUtc;
    }

    private static void RequireUtc(DateTime value)
    {
        if (value.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("Instants are UTC.", nameof(value));
        }
    }
}
