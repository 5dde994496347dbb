namespace Nsp.Infrastructure.Shared.Configuration;

/// <summary><c>nsp.environment</c> (ours): <c>development</c> (default; the embedded default may run) or
/// <c>production</c> (start-up refuses the local development STS, the first start's sample files and seeding, and
/// <c>sample-request</c>).</summary>
public enum NspEnvironment
{
    Development,
    Production,
}
