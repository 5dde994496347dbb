namespace Nsp.Application.Shared.Pipeline;

/// <summary>Lets configuration decide whether a transactional request of type <typeparamref name="TRequest"/>
/// needs its transaction: a request whose configured strategy writes nothing to its service's database (e.g. IDSAS's
/// KAFKA persist strategy) must not hold a transaction open while it waits for another system. Registered per request
/// type; without one, <see cref="ITransactionalRequest"/> alone decides.</summary>
public interface ITransactionRequirement<in TRequest>
{
    bool IsRequired(TRequest request);
}
