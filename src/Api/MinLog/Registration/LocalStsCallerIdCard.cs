using Nsp.Api.Idsas.FirstStart;
using Nsp.Api.Shared.Security;
using Nsp.Infrastructure.MinLog.Registration.Remote;

namespace Nsp.Api.MinLog.Registration;

/// <summary>On the embedded default (<c>nsp.sts.federation=local</c>) the installation's system card for the MinLog
/// transfer comes from the local development STS, for <see cref="LocalSampleSystem"/> (whitelisted at MinLog's
/// first start). Reissued an hour before the card's 24 hours run out.</summary>
public sealed class LocalStsCallerIdCard(LocalStsIssuer issuer, TimeProvider time) : ICallerIdCardSource
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    private static readonly TimeSpan RenewBefore = TimeSpan.FromHours(1);

    private readonly Lock _lock = new();
    private (string Xml, DateTimeOffset RenewAt)? _card;

    public Task<string> SignedAssertionAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (_card is not { } card || now >= card.RenewAt)
            {
                var assertion = issuer.IssueSystemCard(LocalSampleSystem.Cvr, LocalSampleSystem.OrganisationName, LocalSampleSystem.ItSystemName, Lifetime);
                card = (assertion.OuterXml, now + Lifetime - RenewBefore);
                _card = card;
            }

            return Task.FromResult(card.Xml);
        }
    }
}
