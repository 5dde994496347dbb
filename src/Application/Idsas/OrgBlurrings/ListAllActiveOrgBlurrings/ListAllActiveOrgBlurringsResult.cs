namespace Nsp.Application.Idsas.OrgBlurrings.ListAllActiveOrgBlurrings;

public sealed record ListAllActiveOrgBlurringsResult(IReadOnlyList<ActiveOrgBlurring> OrgBlurrings);
