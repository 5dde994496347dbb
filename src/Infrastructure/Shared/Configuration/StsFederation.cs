namespace Nsp.Infrastructure.Shared.Configuration;

/// <summary>Whose STS signs the ID cards we trust: <c>nsp.sts.federation</c> = <c>local</c> (default, the embedded
/// development STS) | <c>test</c> | <c>production</c>.</summary>
public enum StsFederation
{
    Local,
    Test,
    Production,
}
