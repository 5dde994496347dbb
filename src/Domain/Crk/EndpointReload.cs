namespace Nsp.Domain.Crk;

/// <summary>The reload rule (DESIGN 5.4): an unchanged <c>externaltime</c> changes nothing; a changed one makes
/// version max+1 active, deactivates the versions before, loads the source's actions (carrying over proxy override and
/// deactivation by name) and copies the old active version's actions the source no longer lists.</summary>
public static class EndpointReload
{
    /// <summary>Whether the source differs from the active version (none active: it does).</summary>
    public static bool IsChanged(EndpointVersion? active, DksEndpointDefinition definition) =>
        active is null || !active.IsLoadedFrom(definition);

    /// <summary>The new version: <paramref name="highestVersion"/> + 1 (0 when the configId has none).</summary>
    public static EndpointVersion NewVersion(string configId, DksEndpointDefinition definition, long highestVersion, DateTime nowUtc) =>
        EndpointVersion.Create(configId, definition, highestVersion + 1, nowUtc);

    /// <summary>The actions of the new version <paramref name="endpointId"/>: the source's, then the copies of the old
    /// active version's actions the source lacks.</summary>
    public static IReadOnlyList<EndpointAction> Actions(long endpointId, DksEndpointDefinition definition, IReadOnlyCollection<EndpointAction> previousActions)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(previousActions);
        var previousByName = new Dictionary<string, EndpointAction>(StringComparer.Ordinal);
        foreach (var action in previousActions)
        {
            previousByName.TryAdd(action.Name, action);
        }

        var actions = definition.Actions
            .Select(a => EndpointAction.Load(endpointId, a, previousByName.GetValueOrDefault(a.Name)))
            .ToList();
        var listed = definition.Actions.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        actions.AddRange(previousByName.Values.Where(a => !listed.Contains(a.Name)).Select(a => a.InheritInto(endpointId)));
        return actions;
    }
}
