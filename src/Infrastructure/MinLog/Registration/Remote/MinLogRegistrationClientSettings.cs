namespace Nsp.Infrastructure.MinLog.Registration.Remote;

/// <summary>Where a service's MinLog transfer sends when MinLog runs elsewhere (keys in the service's operations file,
/// ours): <c>minlog.registration.url</c> (the RegisterService endpoint, required), the pool and timeouts, the error
/// window for the alarm page, and the system card file (<c>minlog.registration.idcard.file</c>) unless the local
/// development STS issues one.</summary>
public sealed record MinLogRegistrationClientSettings(
    Uri Url,
    TimeSpan ConnectTimeout,
    TimeSpan RequestTimeout,
    int MaxConnections,
    int ErrorTolerance,
    TimeSpan ErrorCountDuration,
    string? IdCardFile)
{
    public const string UrlKey = "minlog.registration.url";
    public const string ConnectTimeoutKey = "minlog.registration.connect.timeout";
    public const string RequestTimeoutKey = "minlog.registration.request.timeout";
    public const string MaxConnectionsKey = "minlog.registration.max.connections";
    public const string ErrorToleranceKey = "minlog.registration.error.tolerance";
    public const string ErrorCountDurationKey = "minlog.registration.errorcount.duration";
    public const string IdCardFileKey = "minlog.registration.idcard.file";

    public static readonly TimeSpan DefaultConnectTimeout = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(30);
    public const int DefaultMaxConnections = 20;
    public const int DefaultErrorTolerance = 3;
    public static readonly TimeSpan DefaultErrorCountDuration = TimeSpan.FromMinutes(5);
}
