using Nsp.Domain.Idsas.OrgBlurrings;

namespace Nsp.Application.Idsas.OrgBlurrings;

/// <summary>A blurred department as the contract's BlurredOrgIdType: id and classification (SOR | SHAK), and since when.</summary>
public sealed record ActiveOrgBlurring(string OrgId, OrgClassification Classification, DateTime CreatedUtc)
{
    public string ClassificationText => Classification.ToText();
}
