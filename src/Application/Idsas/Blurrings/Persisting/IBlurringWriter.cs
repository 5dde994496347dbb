using Nsp.Domain.Idsas.Blurrings;

namespace Nsp.Application.Idsas.Blurrings.Persisting;

/// <summary>Where a registered blurring goes: the database (DATABASE) or the Kafka topic (KAFKA), per
/// <c>idsas.registration.persist.strategy</c>.</summary>
public interface IBlurringWriter
{
    Task WriteAsync(Blurring blurring, CancellationToken cancellationToken);
}
