using Nsp.Application.Idsas.Configuration;
using Nsp.Application.Shared.Pipeline;

namespace Nsp.Application.Idsas.Blurrings.CreateBlurring;

/// <summary>The persist strategy decides: DATABASE upserts in the request's transaction; KAFKA writes nothing to the
/// database and waits for the broker's delivery report, which must not hold a transaction (on SQLite the write lock)
/// meanwhile.</summary>
public sealed class CreateBlurringTransactionRequirement(IdsasRegistrationSettings settings) : ITransactionRequirement<CreateBlurringCommand>
{
    public bool IsRequired(CreateBlurringCommand request) => settings.PersistStrategy == PersistStrategy.Database;
}
