namespace Nsp.Api.Shared.Security;

/// <summary>What an operation demands of the caller's card: a minimum <c>sosi:AuthenticationLevel</c> (3 = VOCES
/// system, 4 = MOCES user) and a card type.</summary>
public readonly record struct IdCardRequirements(int MinimumAuthenticationLevel, IdCardTypeRequirement CardType)
{
    /// <summary>A system card at level 3 or more, as most NSP operations require.</summary>
    public static IdCardRequirements SystemLevel3 { get; } = new(3, IdCardTypeRequirement.System);

    public static IdCardRequirements AnyCard(int minimumAuthenticationLevel) => new(minimumAuthenticationLevel, IdCardTypeRequirement.Any);
}
