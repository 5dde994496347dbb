using Nsp.Application.Shared.Status;

namespace Nsp.Api.Odr.Operations;

/// <summary>A check computed by a function: the notification indicators, each one of the seed's health indicators.</summary>
public sealed class OdrStatusCheck(string name, Func<CancellationToken, Task<StatusCheckResult>> check) : IStatusCheck
{
    public string Name { get; } = name;

    public Task<StatusCheckResult> CheckAsync(CancellationToken cancellationToken) => check(cancellationToken);
}
