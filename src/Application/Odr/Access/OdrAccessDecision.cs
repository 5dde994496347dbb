namespace Nsp.Application.Odr.Access;

/// <summary>Who the caller is to ODR (null when none of the four user types) and, when refused, why.</summary>
public sealed record OdrAccessDecision(OdrActorType? Actor, string? Refusal)
{
    public bool Allowed => Refusal is null;
}
