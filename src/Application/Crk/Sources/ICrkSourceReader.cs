using Nsp.Domain.Crk;

namespace Nsp.Application.Crk.Sources;

/// <summary>Reads and checks the definition a configId's source (<c>crk.source.&lt;configId&gt;</c>) holds.</summary>
public interface ICrkSourceReader
{
    /// <exception cref="CrkDefinitionException">The source is unreachable, or its document is not XML, does not
    /// match the DKS schema or breaks a rule; the message is the reason.</exception>
    Task<DksEndpointDefinition> ReadAsync(string configId, CancellationToken cancellationToken);
}
