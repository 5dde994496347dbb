namespace Nsp.Application.Idsas.Configuration;

/// <summary><c>idsas.registration.persist.strategy</c>: write blurrings in the request's transaction, or put them on
/// the Kafka topic for the operations' consumer job.</summary>
public enum PersistStrategy
{
    Database,
    Kafka,
}
