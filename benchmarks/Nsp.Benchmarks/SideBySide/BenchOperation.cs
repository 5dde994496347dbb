namespace Nsp.Benchmarks.SideBySide;

/// <summary>One SOAP operation of the side-by-side run: where it is posted, the envelope, whom each request names and,
/// for a write, the pgbench script holding the SQL the operation runs (<see cref="PgbenchScripts"/>), and SQL that
/// puts back what its runs changed where a later run would see it (<paramref name="ResetSql"/>).</summary>
public sealed record BenchOperation(
    string Service,
    string Name,
    OperationKind Kind,
    string Path,
    EnvelopeTemplate Envelope,
    SubjectPool Subjects,
    string? PgbenchScript = null,
    string? ResetSql = null);
