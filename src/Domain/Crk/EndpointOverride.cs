namespace Nsp.Domain.Crk;

/// <summary>An operator's override of an endpoint's values for the DCC (<c>override</c> table): non-null values
/// replace the endpoint's, for one node or (with no node) for every node.</summary>
public sealed record EndpointOverride(
    string Name,
    string? Node,
    string? ServiceUrl,
    bool? UseProxy,
    long? Timeout,
    int? IdCardMaxAge,
    bool? DoNotVerifySslHostname,
    string? WsaHeadersProcessing)
{
    /// <summary>The override that applies to <paramref name="node"/>: its own row beats a row without a node.</summary>
    public static EndpointOverride? For(string node, IEnumerable<EndpointOverride> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        EndpointOverride? general = null;
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate.Node, node, StringComparison.Ordinal))
            {
                return candidate;
            }

            general ??= candidate.Node is null ? candidate : null;
        }

        return general;
    }

    /// <summary>Whether the DCC may go through the SOSI gateway for an action: this override's value when set, else
    /// operations' per-action proxy override, else the action's own value.</summary>
    public bool UseProxyFor(bool? actionProxyOverride, bool actionUseProxy) => UseProxy ?? actionProxyOverride ?? actionUseProxy;
}
