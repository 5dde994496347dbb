namespace Nsp.Domain.Crk;

/// <summary>The DCC configuration of one node (DESIGN 5.4): the <c>dccconfig</c> view's rows grouped by endpoint,
/// with the <c>override</c> row that applies (the node's own beats the one without a node): its non-null values
/// replace the actions' timeout, proxy flag and idcardmaxage, its service URL replaces the URL parts it holds, and
/// <c>donotverifysslhostname</c> and <c>wsaheadersprocessing</c> pass through.</summary>
public static class DccConfiguration
{
    public static IReadOnlyList<DccEndpointView> For(string? node, IEnumerable<DccConfigRow> rows, IEnumerable<EndpointOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(overrides);
        var byName = overrides.GroupBy(o => o.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return rows
            .GroupBy(r => r.EndpointId)
            .Select(g => View([.. g], byName.TryGetValue(g.First().Name, out var candidates) ? Applying(node, candidates) : null))
            .OrderBy(v => v.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static EndpointOverride? Applying(string? node, List<EndpointOverride> candidates) =>
        node is null ? candidates.FirstOrDefault(c => c.Node is null) : EndpointOverride.For(node, candidates);

    private static DccEndpointView View(List<DccConfigRow> rows, EndpointOverride? applied)
    {
        var first = rows[0];
        var url = new Uri(first.Url, UriKind.Absolute);
        if (applied?.ServiceUrl is { } serviceUrl && ServiceUrlParts.TryParse(serviceUrl, out var parts))
        {
            url = parts.ApplyTo(url);
        }

        var actions = rows
            .OrderBy(r => r.ActionName, StringComparer.Ordinal)
            .Select(r => new DccAction(
                r.ActionName,
                r.Model,
                applied?.Timeout ?? r.Timeout,
                applied?.UseProxy ?? r.UseProxy,
                applied?.IdCardMaxAge ?? r.IdCardMaxAge))
            .ToList();
        return new DccEndpointView(first.Name, url, first.ExternalTime, applied?.DoNotVerifySslHostname, applied?.WsaHeadersProcessing, actions);
    }
}
