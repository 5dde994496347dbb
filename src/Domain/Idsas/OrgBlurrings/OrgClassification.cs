namespace Nsp.Domain.Idsas.OrgBlurrings;

/// <summary>How a blurred department is identified (BlurredOrgIdType's classification): a SOR code or a SHAK code.</summary>
public enum OrgClassification
{
    Sor,
    Shak,
}
