using Nsp.Application.Idsas.Salts;
using Nsp.Application.Shared.Jobs;
using Nsp.Domain.Idsas.Salts;

namespace Nsp.Application.Idsas.Operations.RenewSalt;

/// <summary>One batch: a new random salt becomes the current one (ADR 0020: 32 bytes from a CSPRNG).</summary>
public sealed class RenewSaltJob(ISaltRepository salts, TimeProvider time) : IBatchJob
{
    public string Name => IdsasJobNames.RenewSalt;

    public JobVocabulary Vocabulary => JobVocabulary.Resumable;

    public Task<JobBatchOutcome> RunBatchAsync(string? cursor, CancellationToken cancellationToken)
    {
        salts.Add(Salt.CreateRandom(time.GetUtcNow().UtcDateTime));
        return Task.FromResult(JobBatchOutcome.Done(1));
    }
}
