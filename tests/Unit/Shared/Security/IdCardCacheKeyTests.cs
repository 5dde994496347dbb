using System.Xml;
using Nsp.Api.Shared.Security;

namespace Nsp.Tests.Unit.Shared.Security;

public sealed class IdCardCacheKeyTests
{
    private const string Card = "<saml:Assertion id=\"IDCard\" Version=\"2.0\"><saml:Issuer>STS</saml:Issuer> </saml:Assertion>";

    private static XmlElement Assertion(string envelopeNamespaces, string card = Card)
    {
        var document = new XmlDocument { PreserveWhitespace = true };
        document.LoadXml($"<e:Envelope xmlns:e=\"urn:e\" {envelopeNamespaces}><e:Header>{card}</e:Header></e:Envelope>");
        return (XmlElement)document.DocumentElement!.FirstChild!.FirstChild!;
    }

    [Fact]
    public void The_same_bytes_give_the_same_key()
    {
        string saml = $"xmlns:saml=\"{SosiNamespaces.Saml}\"";

        Assert.Equal(IdCardCacheKey.Of(Assertion(saml)), IdCardCacheKey.Of(Assertion(saml)));
    }

    [Fact]
    public async Task A_card_gives_the_same_key_on_another_thread_and_after_other_cards_were_hashed()
    {
        string saml = $"xmlns:saml=\"{SosiNamespaces.Saml}\"";
        var first = IdCardCacheKey.Of(Assertion(saml));
        IdCardCacheKey.Of(Assertion(saml, Card.Replace("STS", "Other STS", StringComparison.Ordinal)));

        var again = IdCardCacheKey.Of(Assertion(saml));
        var elsewhere = await Task.Run(() => IdCardCacheKey.Of(Assertion(saml)));

        Assert.Equal(first, again);
        Assert.Equal(first, elsewhere);
    }

    [Fact]
    public void One_changed_byte_gives_another_key()
    {
        string saml = $"xmlns:saml=\"{SosiNamespaces.Saml}\"";

        Assert.NotEqual(IdCardCacheKey.Of(Assertion(saml)), IdCardCacheKey.Of(Assertion(saml, Card.Replace("STS", "STT", StringComparison.Ordinal))));
    }

    [Fact]
    public void Whitespace_counts_because_the_key_is_the_bytes_as_received()
    {
        string saml = $"xmlns:saml=\"{SosiNamespaces.Saml}\"";

        Assert.NotEqual(IdCardCacheKey.Of(Assertion(saml)), IdCardCacheKey.Of(Assertion(saml, Card.Replace("> <", "><", StringComparison.Ordinal))));
    }

    [Fact]
    public void The_same_text_under_another_inherited_namespace_gives_another_key()
    {
        // The assertion's own text is identical; what its saml prefix means is not.
        Assert.NotEqual(
            IdCardCacheKey.Of(Assertion($"xmlns:saml=\"{SosiNamespaces.Saml}\"")),
            IdCardCacheKey.Of(Assertion("xmlns:saml=\"urn:forged\"")));
    }
}
