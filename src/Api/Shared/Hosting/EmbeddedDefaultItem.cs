namespace Nsp.Api.Shared.Hosting;

/// <summary>One thing of the embedded default in use: what it is, where it is configured, and whether
/// <c>nsp.environment=production</c> refuses it (the local STS and the first start's sample data) or only names it
/// (a file-backed national service an operator chose).</summary>
public sealed record EmbeddedDefaultItem(string What, string Where, bool RefusedInProduction)
{
    public override string ToString() => $"{What} ({Where})";
}
