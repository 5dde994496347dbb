using Microsoft.Extensions.Logging;
using Nsp.Api.Shared.Security;
using NSubstitute;

namespace Nsp.Tests.Integration.Shared.Sts;

/// <summary>A trusted STS certificate signs only within its own validity window, cached cards included.</summary>
public sealed class StsCertificateValidityTests
{
    private static readonly DateTimeOffset SignerNotAfter = new(TestSts.Trusted.NotAfter.ToUniversalTime(), TimeSpan.Zero);

    [Fact]
    public void A_card_signed_by_a_trusted_certificate_that_has_expired_is_an_invalid_certificate()
    {
        var clock = new ManualTimeProvider(SignerNotAfter + TimeSpan.FromHours(1));
        var verifier = new IdCardVerifier(TestSts.Trust(), clock, TimeSpan.FromMinutes(5));

        var refused = Assert.Throws<IdCardRejectedException>(() => verifier.Verify(new TestSts(clock).ValidSystemCard(), IdCardRequirements.SystemLevel3));

        Assert.Equal(DgwsFaultCodes.InvalidCertificate, refused.FaultCode);
    }

    [Fact]
    public void A_card_signed_before_its_trusted_certificate_became_valid_is_an_invalid_certificate()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(TestSts.Trusted.NotBefore.ToUniversalTime(), TimeSpan.Zero) - TimeSpan.FromHours(1));
        var verifier = new IdCardVerifier(TestSts.Trust(), clock, TimeSpan.FromMinutes(5));

        var refused = Assert.Throws<IdCardRejectedException>(() => verifier.Verify(new TestSts(clock).ValidSystemCard(), IdCardRequirements.SystemLevel3));

        Assert.Equal(DgwsFaultCodes.InvalidCertificate, refused.FaultCode);
    }

    [Fact]
    public void A_cached_card_is_refused_once_its_signers_certificate_expires_even_inside_the_cards_own_window()
    {
        var clock = new ManualTimeProvider(SignerNotAfter - TimeSpan.FromHours(1));
        var verifier = new IdCardVerifier(TestSts.Trust(), clock, TimeSpan.FromMinutes(5));
        var card = new TestSts(clock).ValidSystemCard();
        verifier.Verify(card, IdCardRequirements.SystemLevel3);
        clock.Advance(TimeSpan.FromHours(2));

        var refused = Assert.Throws<IdCardRejectedException>(() => verifier.Verify(card, IdCardRequirements.SystemLevel3));

        Assert.Equal(DgwsFaultCodes.InvalidCertificate, refused.FaultCode);
        Assert.Equal(0, verifier.CachedCards);
    }

    [Fact]
    public void Start_up_warns_about_each_trusted_certificate_outside_its_validity_and_only_those()
    {
        var logger = Substitute.For<ILogger>();
        logger.IsEnabled(LogLevel.Warning).Returns(true);

        int now = TrustedStsCertificateWarnings.WarnAboutInvalid(TestSts.Trust(), DateTimeOffset.UtcNow, logger);
        int later = TrustedStsCertificateWarnings.WarnAboutInvalid(TestSts.Trust(), SignerNotAfter + TimeSpan.FromDays(1), logger);

        Assert.Equal(0, now);
        Assert.Equal(1, later);
        logger.Received(1).Log(LogLevel.Warning, Arg.Any<EventId>(), Arg.Any<object>(), null, Arg.Any<Func<object, Exception?, string>>());
    }
}
