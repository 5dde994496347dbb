namespace Nsp.Tests.Unit.Shared.Configuration;

/// <summary>An enum shaped like the seeds' persist strategies, for the enum getter's tests.</summary>
public enum PersistStrategy
{
    Kafka,
    Database,
    PersistAll,
}
