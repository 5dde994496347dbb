namespace Nsp.Application.Idsas.Configuration;

/// <summary>The salt part's settings (<c>idsas-salt.properties</c>).</summary>
public sealed record IdsasSaltSettings
{
    /// <summary><c>idsas.allowed.client.system.name</c>: who may call GetCurrentSalt.</summary>
    public IReadOnlyList<string> AllowedSystems { get; init; } = IdsasRegistrationSettings.DefaultAllowedSystems;
}
