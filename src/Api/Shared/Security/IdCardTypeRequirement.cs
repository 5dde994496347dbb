namespace Nsp.Api.Shared.Security;

/// <summary>Which kind of card an operation accepts. <see cref="System"/> and <see cref="User"/> are exact (BRS takes
/// system cards only); <see cref="Any"/> also accepts an IDWS citizen token.</summary>
public enum IdCardTypeRequirement
{
    Any,
    System,
    User,
}
