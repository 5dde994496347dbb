using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared.MinLog;

namespace Nsp.Infrastructure.MinLog.Registration;

/// <summary>Registration when MinLog runs in this process: stores through <see cref="MinLogStore"/> in a scope of
/// its own, so MinLog's context and transaction never mix with the sending service's.</summary>
public sealed class InProcessMinLogRegistration : IMinLogRegistration
{
    private readonly IServiceScopeFactory _scopes;

    public InProcessMinLogRegistration(IServiceScopeFactory scopes)
    {
        _scopes = scopes;
    }

    public async Task RegisterAsync(IReadOnlyList<MinLogEntry> entries, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MinLogStore>().StoreAsync(entries, cancellationToken);
    }
}
