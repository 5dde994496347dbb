namespace Nsp.Infrastructure.Odr.Configuration;

/// <summary>
/// ODR's client properties, spelled as the seed has them (PersonInformation in camel case, Digital Post dotted), in
/// <see cref="OperationsFile"/> with an older install's <see cref="CleanupFile"/> read after it.
/// </summary>
public static class OdrClientPropertyKeys
{
    /// <summary>Read by both ODR parts (<c>odr</c> and <c>odr-operations</c>).</summary>
    public const string OperationsFile = "operations.properties";

    /// <summary>An older install's file; its keys apply where <see cref="OperationsFile"/> does not set them.</summary>
    public const string CleanupFile = "cleanup.properties";

    public const string PersonInformationMode = "personinformation.mode";
    public const string PersonInformationUrl = "personinformation.url";
    public const string PersonInformationFile = "personinformation.file";
    public const string PersonInformationMaxTotalConnections = "personinformation.maxTotalConnections";
    public const string PersonInformationMaxConnectionsPerRoute = "personinformation.defaultMaxConnectionsPerRoute";
    public const string PersonInformationConnectionTimeoutMs = "personinformation.defaultConnectionTimeoutMs";
    public const string PersonInformationErrorTolerance = "personinformation.error.tolerance";
    public const string PersonInformationErrorCountDuration = "personinformation.errorcount.duration";

    public const string DigitalPostMode = "digitalpost.mode";
    public const string DigitalPostUrl = "digitalpost.service.url";
    public const string DigitalPostFile = "digitalpost.file";
    public const string DigitalPostMaxTotalConnections = "digitalpost.max.total.connections";
    public const string DigitalPostMaxConnectionsPerRoute = "digitalpost.default.max.connections.per.route";
    public const string DigitalPostConnectionTimeoutMs = "digitalpost.default.connection.timeout.ms";
    public const string DigitalPostErrorTolerance = "digitalpost.error.tolerance";
    public const string DigitalPostErrorCountDuration = "digitalpost.errorcount.duration";

    /// <summary>The seed's default <see cref="PersonInformationUrl"/> (NSP's test environment).</summary>
    public const string DefaultPersonInformationUrl = "http://test1-cnsp.ekstern-test.nspop.dk:8080/stamdata-personinformation/2024/08/01";

    /// <summary>The seed's default <see cref="DigitalPostUrl"/> (NSP's test environment).</summary>
    public const string DefaultDigitalPostUrl = "http://test1-cnsp.ekstern-test.nspop.dk:8080/digitalpost/2024/05/29/send";
}
