using System.Security.Cryptography.X509Certificates;
using Nsp.Api.Shared.Security;
using Nsp.Application.Shared.Security;
using Nsp.Tests.Unit.Shared.Configuration;

namespace Nsp.Tests.Unit.Shared.Security;

public sealed class LocalStsIssuerTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 8, 0, 0, 500, TimeSpan.Zero));

    public void Dispose() => _directory.Dispose();

    private string StsDirectory => Path.Combine(_directory.Path, "data", "local-sts");

    [Fact]
    public void The_first_start_creates_a_key_pair_that_later_starts_reuse()
    {
        string thumbprint;
        using (var first = LocalStsIssuer.CreateOrLoad(StsDirectory, _clock))
        {
            thumbprint = first.Certificate.Thumbprint;
            Assert.True(first.Certificate.HasPrivateKey);
            Assert.Equal(2048, first.Certificate.GetRSAPublicKey()!.KeySize);
        }

        using var second = LocalStsIssuer.CreateOrLoad(StsDirectory, _clock);

        Assert.Equal(thumbprint, second.Certificate.Thumbprint);
        Assert.True(File.Exists(Path.Combine(StsDirectory, LocalStsIssuer.CertificateFileName)));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(
                UnixFileMode.UserRead | UnixFileMode.UserWrite,
                File.GetUnixFileMode(Path.Combine(StsDirectory, LocalStsIssuer.PrivateKeyFileName)));
        }
    }

    [Fact]
    public void A_system_card_it_signs_is_accepted_by_a_verifier_trusting_it()
    {
        using var issuer = LocalStsIssuer.CreateOrLoad(StsDirectory, _clock);
        using var trusted = new TrustedStsCertificates([issuer.Certificate]);
        var verifier = new IdCardVerifier(trusted, _clock, TimeSpan.FromMinutes(5));

        var assertion = issuer.IssueSystemCard("12345678", "Lokal organisation", "Lokalt system");
        var context = verifier.VerifyToSecurityContext(assertion, IdCardRequirements.SystemLevel3);

        Assert.Equal(CallerKind.SystemCard, context.Kind);
        Assert.Equal("12345678", context.Cvr);
        Assert.Equal("Lokal organisation", context.OrganisationName);
        Assert.Equal("Lokalt system", context.ItSystemName);
        Assert.Equal(LocalStsIssuer.IssuerName, context.SoapHeaders.Issuer);
        Assert.Equal("Envelope", assertion.OwnerDocument.DocumentElement!.LocalName);
    }

    [Fact]
    public void A_user_card_it_signs_is_a_level_4_user_card_valid_for_24_hours()
    {
        using var issuer = LocalStsIssuer.CreateOrLoad(StsDirectory, _clock);
        using var trusted = new TrustedStsCertificates([issuer.Certificate]);
        var verifier = new IdCardVerifier(trusted, _clock, TimeSpan.Zero);

        var card = verifier.Verify(
            issuer.IssueUserCard("0101801234", "Jens", "Hansen", "12345678", "Lokal organisation", "Lokalt system"),
            new IdCardRequirements(4, IdCardTypeRequirement.User));

        Assert.Equal("0101801234", card.UserCpr);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero), card.NotBefore);
        Assert.Equal(TimeSpan.FromHours(24), card.NotOnOrAfter - card.NotBefore);
    }
}
