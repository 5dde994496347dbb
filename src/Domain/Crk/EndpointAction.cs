namespace Nsp.Domain.Crk;

/// <summary>How one endpoint version is called for one action (the <c>actions</c> table, seed 003). Loaded actions
/// take <see cref="ProxyOverride"/> and a deactivation from the same-named action of the version before; an action the
/// source no longer lists is copied into the new version with <see cref="InheritedEndpoint"/> naming where it came
/// from, until operations deactivate it.</summary>
public sealed class EndpointAction
{
    public const int NameMaxLength = 4096;
    public const int ModelMaxLength = 255;

    /// <summary>The only model the DCC has.</summary>
    public const string SynchronousTimeout = "synchronous_timeout";

    private EndpointAction(string name, string model)
    {
        Name = name;
        Model = model;
    }

    public long Id { get; private set; }

    /// <summary>The endpoint version this action belongs to.</summary>
    public long EndpointId { get; private set; }

    /// <summary>The version a vanished action was first copied from; null for an action the source lists.</summary>
    public long? InheritedEndpoint { get; private set; }

    public string Name { get; private set; }

    public long Timeout { get; private set; }

    public string Model { get; private set; }

    public bool Active { get; private set; }

    public int? IdCardMaxAge { get; private set; }

    /// <summary>From the source: may the DCC go through the SOSI gateway.</summary>
    public bool UseProxy { get; private set; }

    /// <summary>Operations' override of <see cref="UseProxy"/>; null leaves the source's value.</summary>
    public bool? ProxyOverride { get; private set; }

    /// <summary>Whether the DCC goes through the gateway: operations' override, else the source's value (the view's
    /// <c>coalesce(proxyoverride, useproxy)</c>).</summary>
    public bool EffectiveUseProxy => ProxyOverride ?? UseProxy;

    /// <exception cref="CrkDefinitionException">The action cannot be stored.</exception>
    public static void CheckDefinition(DksActionDefinition action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (string.IsNullOrWhiteSpace(action.Name) || action.Name.Length > NameMaxLength)
        {
            throw new CrkDefinitionException($"an action name must be 1..{NameMaxLength} characters");
        }

        if (!string.Equals(action.Model, SynchronousTimeout, StringComparison.Ordinal))
        {
            throw new CrkDefinitionException($"the action {action.Name} has the model '{action.Model}'; only {SynchronousTimeout} exists");
        }

        if (action.Timeout <= 0)
        {
            throw new CrkDefinitionException($"the action {action.Name} has a timeout that is not positive");
        }

        if (action.IdCardMaxAge is <= 0)
        {
            throw new CrkDefinitionException($"the action {action.Name} has an idcardmaxage that is not positive");
        }
    }

    /// <summary>An action the source lists, for the new version <paramref name="endpointId"/>; <paramref name="previous"/>
    /// is the same-named action of the version before, whose proxy override and deactivation carry over.</summary>
    public static EndpointAction Load(long endpointId, DksActionDefinition definition, EndpointAction? previous)
    {
        CheckDefinition(definition);
        return new EndpointAction(definition.Name, definition.Model)
        {
            EndpointId = endpointId,
            Timeout = definition.Timeout,
            UseProxy = definition.UseProxy,
            IdCardMaxAge = definition.IdCardMaxAge,
            ProxyOverride = previous?.ProxyOverride,
            Active = previous?.Active ?? true,
        };
    }

    /// <summary>A copy, into the new version <paramref name="endpointId"/>, of an action the source no longer lists:
    /// every value and flag kept, and where it first came from (kept when copied again).</summary>
    public EndpointAction InheritInto(long endpointId) =>
        new(Name, Model)
        {
            EndpointId = endpointId,
            InheritedEndpoint = InheritedEndpoint ?? EndpointId,
            Timeout = Timeout,
            UseProxy = UseProxy,
            IdCardMaxAge = IdCardMaxAge,
            ProxyOverride = ProxyOverride,
            Active = Active,
        };

    /// <summary>Operations set or clear (null) the override of <see cref="UseProxy"/>.</summary>
    public void OverrideProxy(bool? proxyOverride) => ProxyOverride = proxyOverride;

    /// <summary>Operations (de)activate the action; a deactivated action leaves the DCC's view.</summary>
    public void SetActive(bool active) => Active = active;
}
