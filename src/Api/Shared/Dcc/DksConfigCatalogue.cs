using System.Collections.Concurrent;

namespace Nsp.Api.Shared.Dcc;

/// <summary>The DKS documents this process serves, by path (filled by <see cref="DccEndpointRouteBuilderExtensions.MapDksConfig"/>
/// when registered), so CRK can load them in process (<c>crk.source.&lt;configId&gt;=local:&lt;path&gt;</c>).</summary>
public sealed class DksConfigCatalogue
{
    private readonly ConcurrentDictionary<string, byte[]> _documents = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Paths => [.. _documents.Keys.Order(StringComparer.Ordinal)];

    public void Add(string path, byte[] document)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(document);
        _documents[path] = document;
    }

    public byte[]? Find(string path) => _documents.TryGetValue(path, out var document) ? document : null;
}
