namespace Nsp.Application.Shared.Jobs;

/// <summary>The result of one trigger of a job.</summary>
public sealed record JobRunResult(string Job, JobRunOutcome Outcome, int Processed, int Batches, string? Error = null);
