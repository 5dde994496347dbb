namespace Nsp.Application.Shared.Status;

/// <summary>What one check found. <paramref name="Detail"/> is the text a page shows for it: <c>OK</c> (or a state
/// such as <c>FINISHED</c>) when healthy, the problem (the alarm line) when not.</summary>
public sealed record StatusCheckResult(string Name, bool Healthy, string Detail)
{
    public const string OkText = "OK";

    public static StatusCheckResult Ok(string name, string detail = OkText) => new(name, true, detail);

    public static StatusCheckResult Failing(string name, string detail) => new(name, false, detail);
}
