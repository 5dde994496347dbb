using Nsp.Api.Shared.Security;
using Nsp.Tests.Integration.Shared.Sts;

namespace Nsp.Tests.Integration.Hostile;

/// <summary>What the card operators need besides the base requests, made once per run (signing costs about a
/// millisecond a card): the contents of wsse:Security for each card swap, and an untrusted certificate.</summary>
public sealed record HostileMaterial(IReadOnlyDictionary<string, string> SecurityContents, string UntrustedCertificateBase64)
{
    /// <summary>The CVR forged cards claim. The fuzz host whitelists it too, so a forgery that got through would be
    /// accepted and seen (a blurring row or an audit line with this CVR), not hidden behind not_authorized.</summary>
    public const string ForgedCvr = "11111111";

    /// <summary>A CVR no whitelist holds, on a genuinely signed card.</summary>
    public const string UnlistedCvr = "12345674";

    public static HostileMaterial Create(TestSts sts)
    {
        ArgumentNullException.ThrowIfNull(sts);
        var cards = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["expired"] = sts.Expired().OuterXml,
            ["not-yet-valid"] = sts.NotYetValid().OuterXml,
            ["unsigned"] = sts.UnsignedCard().OuterXml,
            ["untrusted-signer"] = sts.WronglySigned().OuterXml,
            ["tampered-cvr"] = sts.Tampered().OuterXml,
            ["user-card"] = sts.ValidUserCard().OuterXml,
            ["reference-to-attribute-statement"] = sts.WrongReferenceUri().OuterXml,
            ["extra-transform"] = sts.ExtraTransform().OuterXml,
            ["wrapped"] = SecurityContent(sts.Wrapped()),
            ["duplicated-id"] = SecurityContent(sts.DuplicatedId()),
            ["valid-sha256"] = sts.ValidSystemCard(IdCardSignatureAlgorithm.RsaSha256).OuterXml,
            ["idws-token"] = sts.IdwsCitizenToken().OuterXml,
            ["unlisted-cvr"] = TestSts.SignedCard(sts.SystemRequest() with { CareProviderId = UnlistedCvr }).OuterXml,
            ["other-system"] = TestSts.SignedCard(sts.SystemRequest() with { ItSystemName = "Unknown system" }).OuterXml,
            ["level-2"] = TestSts.SignedCard(sts.SystemRequest() with { AuthenticationLevel = 2 }).OuterXml,
            ["forged-cvr-signed-by-untrusted"] = Untrusted(sts),
        };
        return new HostileMaterial(cards, Convert.ToBase64String(TestSts.Untrusted.RawData));
    }

    /// <summary>Everything the card's wsse:Security holds (wrapping cards bring siblings along).</summary>
    private static string SecurityContent(System.Xml.XmlElement card) => ((System.Xml.XmlElement)card.ParentNode!).InnerXml;

    private static string Untrusted(TestSts sts)
    {
        var assertion = DgwsIdCardWriter.CreateEnvelope(sts.SystemRequest() with { CareProviderId = ForgedCvr });
        IdCardSigner.Sign(assertion, TestSts.Untrusted);
        return TestSts.Reparse(assertion).OuterXml;
    }
}
