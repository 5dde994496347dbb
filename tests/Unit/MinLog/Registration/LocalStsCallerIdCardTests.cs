using System.Xml;
using Nsp.Api.Idsas.FirstStart;
using Nsp.Api.MinLog.Registration;
using Nsp.Api.Shared.Security;
using Nsp.Tests.Unit.Shared;

namespace Nsp.Tests.Unit.MinLog.Registration;

public sealed class LocalStsCallerIdCardTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("nsp-local-sts-").FullName;
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 12, 8, 0, 0, 0, TimeSpan.Zero));

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task The_sample_systems_card_is_reused_until_an_hour_before_it_expires_then_reissued()
    {
        using var issuer = LocalStsIssuer.CreateOrLoad(_directory, _time);
        var source = new LocalStsCallerIdCard(issuer, _time);

        string first = await source.SignedAssertionAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(22));
        string reused = await source.SignedAssertionAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(1));
        string renewed = await source.SignedAssertionAsync(CancellationToken.None);

        Assert.Same(first, reused);
        Assert.NotEqual(first, renewed);
        var card = new XmlDocument();
        card.LoadXml(renewed);
        Assert.Equal(("Assertion", SosiNamespaces.Saml), (card.DocumentElement!.LocalName, card.DocumentElement.NamespaceURI));
        Assert.Contains(LocalSampleSystem.Cvr, renewed, StringComparison.Ordinal);
        Assert.Contains(LocalSampleSystem.ItSystemName, renewed, StringComparison.Ordinal);
    }
}
