namespace Nsp.Benchmarks.SideBySide;

/// <summary>A read is compared with the bare endpoint; a write with pgbench running the same SQL.</summary>
public enum OperationKind
{
    Read,
    Write,
}
