namespace Nsp.Domain.Crk;

/// <summary>One row of the <c>dccconfig</c> view: an active endpoint version with one of its active actions, its
/// proxy flag already <c>coalesce(proxyoverride, useproxy)</c>.</summary>
public sealed record DccConfigRow(
    long EndpointId,
    string ConfigId,
    string Name,
    string Url,
    DateTime ExternalTime,
    long Version,
    string ActionName,
    string Model,
    long Timeout,
    bool UseProxy,
    int? IdCardMaxAge);
