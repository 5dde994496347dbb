namespace Nsp.Api.Shared.Security;

/// <summary>What a verified card identifies: a system (DGWS system card or an IDWS token without a person), a
/// professional user, or a citizen (IDWS token carrying only the citizen's CPR).</summary>
public enum IdCardKind
{
    System,
    User,
    Citizen,
}
