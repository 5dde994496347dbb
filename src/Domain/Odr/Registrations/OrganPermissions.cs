namespace Nsp.Domain.Odr.Registrations;

/// <summary>The eight optional organ flags of a registration (<c>permissionForHeart</c> ...). Null means the flag was
/// not sent; only LIMITED* registrations carry flags (ADR 0030).</summary>
public sealed record OrganPermissions(
    bool? Heart = null,
    bool? Lungs = null,
    bool? Liver = null,
    bool? Pancreas = null,
    bool? Kidneys = null,
    bool? Cornea = null,
    bool? SmallIntestine = null,
    bool? Skin = null)
{
    public static OrganPermissions NoneGiven { get; } = new();

    public bool AnyGiven => Flags().Any(f => f.Value is not null);

    public bool AnyPermitted => Flags().Any(f => f.Value == true);

    /// <summary>The flags by their contract names without the <c>permissionFor</c> prefix, in contract order.</summary>
    public IEnumerable<(string Organ, bool? Value)> Flags()
    {
        yield return ("heart", Heart);
        yield return ("lungs", Lungs);
        yield return ("liver", Liver);
        yield return ("pancreas", Pancreas);
        yield return ("kidneys", Kidneys);
        yield return ("cornea", Cornea);
        yield return ("smallIntestine", SmallIntestine);
        yield return ("skin", Skin);
    }
}
