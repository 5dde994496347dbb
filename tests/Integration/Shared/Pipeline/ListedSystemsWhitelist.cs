using Nsp.Application.Shared.Pipeline;
using Nsp.Application.Shared.Security;

namespace Nsp.Tests.Integration.Shared.Pipeline;

/// <summary>A whitelist that refuses one IT system by name.</summary>
public sealed class ListedSystemsWhitelist : IWhitelistAuthority
{
    public const string UnlistedSystem = "Unlisted System";

    public Task<string?> RefusalAsync(string rule, string operationName, SecurityContext caller, CancellationToken cancellationToken) =>
        Task.FromResult(caller.ItSystemName == UnlistedSystem ? $"{caller.ItSystemName} may not call {operationName}" : null);
}
