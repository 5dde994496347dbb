namespace Nsp.Api.Shared.Dcc;

/// <summary>One operation as the DCC knows it (a DKS <c>action</c>).</summary>
/// <param name="Name">The SOAPAction (or WS-Addressing Action) the DCC matches.</param>
/// <param name="Timeout">How long the DCC waits; written in milliseconds.</param>
/// <param name="UseProxy">Whether the DCC may go through the SOSI gateway.</param>
/// <param name="IdCardMaxAge">How old an ID card may be; written in whole minutes.</param>
/// <param name="ServiceIdentifier">DROS's optional service identifier attribute.</param>
public sealed record DccAction(string Name, TimeSpan Timeout, bool UseProxy, TimeSpan IdCardMaxAge, string? ServiceIdentifier = null)
{
    /// <summary>The only model the DCC has.</summary>
    public const string SynchronousTimeout = "synchronous_timeout";

    public string Model => SynchronousTimeout;
}
