using MediatR;

namespace Nsp.Application.Idsas.OrgBlurrings.ListAllActiveOrgBlurrings;

public sealed class ListAllActiveOrgBlurringsHandler(IOrgBlurringQueries orgBlurrings)
    : IRequestHandler<ListAllActiveOrgBlurringsQuery, ListAllActiveOrgBlurringsResult>
{
    public async Task<ListAllActiveOrgBlurringsResult> Handle(ListAllActiveOrgBlurringsQuery request, CancellationToken cancellationToken) =>
        new(await orgBlurrings.ListActiveAsync(cancellationToken));
}
