using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared.Status;

namespace Nsp.Application.Idsas.DeadLetters;

/// <summary>The kafka consumer's alarm: failing while <c>dead_letter</c> holds rows. Operators read the rows, act,
/// and delete them to clear the alarm.</summary>
public sealed class DeadLetterAlarmCheck(IServiceScopeFactory scopes) : IStatusCheck
{
    public string Name => "Kafka Consumer Dead Letters";

    public async Task<StatusCheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var count = await scope.ServiceProvider.GetRequiredService<IDeadLetterRepository>().CountAsync(cancellationToken);
        return count == 0
            ? StatusCheckResult.Ok(Name)
            : StatusCheckResult.Failing(Name, $"{count} unreadable message(s) from the registration topic are in table dead_letter");
    }
}
