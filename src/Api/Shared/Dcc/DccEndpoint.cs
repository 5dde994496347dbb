namespace Nsp.Api.Shared.Dcc;

/// <summary>A service endpoint as the DCC knows it (the DKS document's <c>name</c>, <c>url</c>,
/// <c>externaltime</c> and actions).</summary>
public sealed record DccEndpoint(string Name, Uri Url, DateTimeOffset ExternalTime, IReadOnlyList<DccAction> Actions)
{
    /// <summary>The endpoint at <paramref name="path"/> under the service's <c>dcc.endpoint</c> base URL (a path
    /// prefix in the base URL is kept).</summary>
    public static DccEndpoint At(string dccEndpoint, string path, string name, DateTimeOffset externalTime, params DccAction[] actions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dccEndpoint);
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var url = new Uri(dccEndpoint.TrimEnd('/') + "/" + path.TrimStart('/'), UriKind.Absolute);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var action in actions)
        {
            if (!names.Add(action.Name))
            {
                throw new ArgumentException($"The DKS endpoint {name} lists the action {action.Name} twice.", nameof(actions));
            }
        }

        return new DccEndpoint(name, url, externalTime, actions);
    }
}
