using Nsp.Application.Shared.Jobs;

namespace Nsp.Application.Idsas.Operations.RenewSalt;

/// <summary>renew-salt: creates the first salt, or a new current one.</summary>
public sealed record RenewSaltCommand : IJobCommand, IIdsasRequest
{
    public string JobName => IdsasJobNames.RenewSalt;
}
