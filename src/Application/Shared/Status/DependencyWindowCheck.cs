using Nsp.Application.Shared.Health;

namespace Nsp.Application.Shared.Status;

/// <summary>Fails while a dependency's <see cref="DependencyErrorWindow"/> holds more failures than its tolerance.
/// The detail is <paramref name="failingDetail"/> (the seed's alarm line) when failing and <c>OK</c> otherwise,
/// unless <paramref name="describe"/> words it (DROS's <c>"n/T fejl"</c>).</summary>
public sealed class DependencyWindowCheck(
    string name,
    DependencyErrorWindow window,
    string failingDetail,
    Func<DependencyWindowSnapshot, string>? describe = null) : IStatusCheck
{
    public string Name { get; } = name;

    public DependencyWindowSnapshot Snapshot()
    {
        var failures = window.FailureCount;
        return new DependencyWindowSnapshot(failures, window.ConsecutiveFailures, window.Tolerance, failures > window.Tolerance);
    }

    public Task<StatusCheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        var snapshot = Snapshot();
        var detail = describe?.Invoke(snapshot) ?? (snapshot.Failing ? failingDetail : StatusCheckResult.OkText);
        return Task.FromResult(new StatusCheckResult(Name, !snapshot.Failing, detail));
    }
}
