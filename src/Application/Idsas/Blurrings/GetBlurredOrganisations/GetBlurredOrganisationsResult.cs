namespace Nsp.Application.Idsas.Blurrings.GetBlurredOrganisations;

/// <summary>The organisations blurred towards the citizen: each an organisationId {id = CVR, classification = CVR}.</summary>
public sealed record GetBlurredOrganisationsResult(IReadOnlyList<string> OrganisationCvrs)
{
    public const string OrganisationClassification = "CVR";
}
