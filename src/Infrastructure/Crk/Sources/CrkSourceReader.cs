using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nsp.Application.Crk.Sources;
using Nsp.Application.Shared.Health;
using Nsp.Domain.Crk;

namespace Nsp.Infrastructure.Crk.Sources;

/// <summary>Reads a configId's source where <c>crk.source.&lt;configId&gt;</c> points (HTTP, a file, or a page of this
/// process) and checks its document (<see cref="DksDocumentParser"/>).</summary>
public sealed class CrkSourceReader(
    IReadOnlyDictionary<string, CrkSourceLocation> locations,
    DksDocumentParser parser,
    IHttpClientFactory httpClients,
    IServiceProvider services,
    ILoggerFactory loggers) : ICrkSourceReader
{
    /// <summary>The named HTTP client and keyed error window of a configId's HTTP source.</summary>
    public static string ClientName(string configId) => "crk.source." + configId;

    public async Task<DksEndpointDefinition> ReadAsync(string configId, CancellationToken cancellationToken)
    {
        if (!locations.TryGetValue(configId, out var location))
        {
            throw new CrkDefinitionException($"no source is configured (crk.source.{configId})");
        }

        var document = location.Kind switch
        {
            CrkSourceKind.Http => await FetchAsync(configId, new Uri(location.Target), cancellationToken),
            CrkSourceKind.Local => services.GetService<ILocalDksDocuments>()?.Find(location.Target)
                ?? throw new CrkDefinitionException($"the source is unreachable: this process serves no DKS document at {location.Target}"),
            _ => await ReadFileAsync(location.Target, cancellationToken),
        };
        return parser.Parse(document);
    }

    private Task<byte[]> FetchAsync(string configId, Uri url, CancellationToken cancellationToken)
    {
        var name = ClientName(configId);
        var client = new HttpDksSourceClient(
            name,
            httpClients.CreateClient(name),
            services.GetRequiredKeyedService<DependencyErrorWindow>(name),
            loggers.CreateLogger<HttpDksSourceClient>());
        return client.FetchAsync(url, cancellationToken);
    }

    private static async Task<byte[]> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > DksDocumentParser.MaxDocumentBytes)
            {
                throw new CrkDefinitionException($"the document is larger than {DksDocumentParser.MaxDocumentBytes} bytes");
            }

            return await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CrkDefinitionException("the source is unreachable: the file could not be read (" + e.GetType().Name + ")", e);
        }
    }
}
