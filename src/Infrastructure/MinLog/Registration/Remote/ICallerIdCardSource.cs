namespace Nsp.Infrastructure.MinLog.Registration.Remote;

/// <summary>The installation's own DGWS system card for outbound calls: a signed SOSI <c>saml:Assertion</c> (its
/// outer XML, declaring its own namespaces, so it can be placed into an envelope unchanged).</summary>
public interface ICallerIdCardSource
{
    Task<string> SignedAssertionAsync(CancellationToken cancellationToken);
}
