using Nsp.Application.Shared.Security;

namespace Nsp.Application.Shared.Pipeline;

/// <summary>A service's whitelists; registered as a keyed service under its <see cref="NspService"/>.</summary>
public interface IWhitelistAuthority
{
    /// <summary>Null when the caller may proceed, otherwise why not (what the caller lacks, nothing about the request).</summary>
    Task<string?> RefusalAsync(string rule, string operationName, SecurityContext caller, CancellationToken cancellationToken);
}
