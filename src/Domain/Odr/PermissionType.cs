namespace Nsp.Domain.Odr;

/// <summary>What a donor permits (the contract's <c>permissionType</c>).</summary>
public enum PermissionType
{
    Full,
    FullWithResearch,
    Limited,
    LimitedWithResearch,
    None,
    DontKnow,
}
