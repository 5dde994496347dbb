using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Nsp.Tests.Integration.Shared.Http;

namespace Nsp.Tests.Integration.Crk;

/// <summary>An in-test Kestrel host serving DKS documents at <c>/dks/&lt;name&gt;</c>, whose documents the test
/// changes and which can fail on command (<see cref="Server"/>).</summary>
public sealed class DksSourceServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);

    private DksSourceServer()
    {
    }

    public TestHttpServer Server { get; private set; } = null!;

    public static async Task<DksSourceServer> StartAsync()
    {
        var source = new DksSourceServer();
        source.Server = await TestHttpServer.StartAsync(app => app.MapGet("/dks/{name}", (string name) =>
            source._documents.TryGetValue(name, out var document)
                ? Results.Text(document, "text/xml; charset=utf-8")
                : Results.NotFound()));
        return source;
    }

    public string Url(string name) => new Uri(Server.BaseAddress, "dks/" + name).AbsoluteUri;

    public void Set(string name, string document) => _documents[name] = document;

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
