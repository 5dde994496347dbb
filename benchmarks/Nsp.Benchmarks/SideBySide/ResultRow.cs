namespace Nsp.Benchmarks.SideBySide;

/// <summary>One line of the side-by-side table: what ran, at how many connections, its result and what it is compared
/// with (the bare endpoint for a read, pgbench for a write; none for the yardsticks themselves).</summary>
public sealed record ResultRow(string Service, string Operation, string Kind, int Connections, LoadResult Result, LoadResult? Yardstick)
{
    public double? Ratio => Yardstick is { RequestsPerSecond: > 0 } y ? Result.RequestsPerSecond / y.RequestsPerSecond : null;
}
