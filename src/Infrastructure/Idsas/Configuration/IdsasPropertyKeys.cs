namespace Nsp.Infrastructure.Idsas.Configuration;

/// <summary>The seed's property files and keys for IDSAS.</summary>
public static class IdsasPropertyKeys
{
    public const string RegistrationFile = "idsas-registration";
    public const string LookupFile = "idsas-lookup";
    public const string SaltFile = "idsas-salt";
    public const string OperationsFile = "idsas-operations";
    public const string PatientIdSaltFile = "idsas-patient-id-salt";

    public const string PersistStrategy = "idsas.registration.persist.strategy";
    public const string ExpiryMaxDays = "idsas.blurring.expiry.max.days";
    public const string AllowedClientSystemName = "idsas.allowed.client.system.name";
    public const string LookupStrategy = "idsas.lookup.strategy";
    public const string SaltPrefix = "idsas.patient.id.saltPrefix";
    public const string SaltPostfix = "idsas.patient.id.saltPostfix";
    public const string KafkaTopic = "kafka.topic";

    public const string CleanupMaxDuration = "idsas.cleanup.max.duration";
    public const string CleanupBatchSize = "idsas.cleanup.batch.size";
    public const string CleanupMaxRetention = "idsas.cleanup.max.retention";
    public const string DeceasedPeriod = "idsas.cleanup.deceased.period";
    public const string DeceasedBatchSize = "idsas.cleanup.deceased.batch.size";
    public const string PollTimeout = "kafka.poll.timeout";
    public const string ConsumerBatchSize = "idsas.kafka.consumer.batch.size";

    public const string SoresMode = "soresclient.mode";
    public const string SoresUrl = "soresclient.url";
    public const string SoresFile = "soresclient.file";
    public const string SoresTimeout = "soresclient.timeout";
    public const string SoresErrorTolerance = "soresclient.error.tolerance";
    public const string SoresErrorCountDuration = "soresclient.errorcount.duration";

    public const string HttpTotalConnections = "idsas.httpclient.pooling.totalconnections";
    public const string HttpConnectionsPerRoute = "idsas.httpclient.pooling.maxconnections.pr.route";

    public const string ProducerComponentName = "nsp.kafka.producer.component.name";
    public const string ProducerComponentAbbreviation = "nsp.kafka.producer.component.abbreviation";
    public const string ProducerComponentVersion = "nsp.kafka.producer.component.version";
    public const string ProducerServiceName = "nsp.kafka.producer.service.name";

    /// <summary>The seed's defaults of the producer's component values, sent as headers.</summary>
    public static IReadOnlyDictionary<string, string> ProducerHeaderDefaults { get; } = new Dictionary<string, string>
    {
        [ProducerComponentName] = "Idsas Registration Producer Frontend",
        [ProducerComponentAbbreviation] = "idsas-producer-frontend",
        [ProducerComponentVersion] = "1.0.0",
        [ProducerServiceName] = "idsas-producer-frontend",
    };

    /// <summary>The seed's consumer defaults (idsas-operations.properties).</summary>
    public static IReadOnlyDictionary<string, string> ConsumerDefaults { get; } = new Dictionary<string, string>
    {
        ["kafka.consumer.bootstrap.servers"] = "kafka:9092",
        ["kafka.consumer.client.id"] = "Idsas",
        ["kafka.consumer.group.id"] = "Idsas",
        ["kafka.consumer.enable.auto.commit"] = "false",
        ["kafka.consumer.auto.offset.reset"] = "earliest",
        ["kafka.consumer.key.deserializer"] = "org.apache.kafka.common.serialization.StringDeserializer",
        ["kafka.consumer.value.deserializer"] = "org.apache.kafka.common.serialization.StringDeserializer",
        [KafkaTopic] = "Idsas-Registration-Topic",
        [PollTimeout] = "1000",
        ["nsp.kafka.consumer.component.name"] = "Idsas Operations Consumer",
        ["nsp.kafka.consumer.component.abbreviation"] = "idsas-operations-consumer",
        ["nsp.kafka.consumer.component.version"] = "1.0.0",
        ["nsp.kafka.consumer.service.name"] = "idsas-consumer",
    };

    public static readonly string[] ProducerKeys =
    [
        "kafka.producer.bootstrap.servers", "kafka.producer.client.id", "kafka.producer.max.block.ms", "kafka.producer.acks",
    ];
}
