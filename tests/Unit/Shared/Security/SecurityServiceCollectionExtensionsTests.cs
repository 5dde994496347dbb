using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Api.Shared.Security;
using Nsp.Infrastructure.Shared.Configuration;
using Nsp.Tests.Unit.Shared.Configuration;

namespace Nsp.Tests.Unit.Shared.Security;

public sealed class SecurityServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private static NspHostOptions Options(params (string Key, string Value)[] properties) =>
        NspHostOptions.From(new ConfigurationBuilder()
            .AddInMemoryCollection(properties.ToDictionary(p => p.Key, p => (string?)p.Value))
            .Build());

    [Fact]
    public void Local_federation_registers_a_local_sts_whose_cards_the_registered_verifier_accepts()
    {
        using var provider = new ServiceCollection()
            .AddIdCardVerification(Options(("nsp.sts.clock.skew", "PT1M")), _directory.Path)
            .BuildServiceProvider();

        var issuer = provider.GetRequiredService<LocalStsIssuer>();
        var verifier = provider.GetRequiredService<IdCardVerifier>();
        var card = verifier.Verify(issuer.IssueSystemCard("12345678", "Org", "System"), IdCardRequirements.SystemLevel3);

        Assert.Equal("12345678", card.CareProviderId);
        Assert.True(File.Exists(Path.Combine(_directory.Path, "local-sts", LocalStsIssuer.CertificateFileName)));
    }

    [Fact]
    public void Test_federation_without_certificates_fails_at_registration_naming_the_property()
    {
        var missing = Assert.Throws<MissingPropertyException>(() =>
            new ServiceCollection().AddIdCardVerification(Options(("nsp.sts.federation", "test")), _directory.Path));

        Assert.Equal("nsp.sts.test.certificates", missing.PropertyName);
        Assert.False(Directory.Exists(Path.Combine(_directory.Path, "local-sts")));
    }
}
