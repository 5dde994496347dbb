using System.Xml;
using Nsp.Api.Shared.Soap;
using Nsp.Tests.Integration.Shared.Hosting;
using Nsp.Tests.Integration.Shared.Soap;
using static Nsp.Tests.Integration.Idsas.IdsasSoapBodies;

namespace Nsp.Tests.Integration.Hostile;

/// <summary>One valid request of every IDSAS operation, all carrying the same signed card (the verifier's cache makes
/// reuse cheap). The org ids are the fuzz run's own, so their rows can be told from anything else's.</summary>
public static class HostileBaseRequests
{
    /// <summary>The department CreateOrgBlurring blurs.</summary>
    public const string CreatedOrgId = "900000000000001";

    /// <summary>The department RemoveOrgBlurring removes (blurred before the run starts).</summary>
    public const string RemovedOrgId = "900000000000002";

    public static IReadOnlyList<HostileBaseRequest> Create(XmlElement card, string endDateTime) =>
    [
        Make("CreateBlurring", Registration2023, Ns2023, CreateBlurring(IdsasTestProperties.LivingCpr, endDateTime), card),
        Make("CreateOrgBlurring", Registration2024, Ns2024, OrgRequest("CreateOrgBlurringRequest", CreatedOrgId, "SOR"), card),
        Make("RemoveOrgBlurring", Registration2024, Ns2024, OrgRequest("RemoveOrgBlurringRequest", RemovedOrgId, "SOR"), card),
        Make("ListAllActiveOrgBlurrings", Registration2024, Ns2024, $"<t:ListAllActiveOrgBlurringsRequest xmlns:t=\"{Ns2024}\"/>", card),
        Make("GetBlurredOrganisations", Lookup2024, Ns2024, GetBlurredOrganisations(IdsasTestProperties.LivingCpr), card),
        Make("GetCurrentSalt", Salt2023, Ns2023, GetCurrentSalt(), card),
    ];

    private static HostileBaseRequest Make(string operation, string path, string ns, string body, XmlElement card) =>
        new(operation, path, ns, SoapRequests.Envelope(SoapVersion.Soap11, card, body));
}
