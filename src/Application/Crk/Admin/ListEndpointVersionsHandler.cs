using MediatR;
using Nsp.Application.Crk.Endpoints;

namespace Nsp.Application.Crk.Admin;

public sealed class ListEndpointVersionsHandler(IEndpointVersionRepository endpoints)
    : IRequestHandler<ListEndpointVersionsQuery, IReadOnlyList<EndpointVersionDetails>>
{
    public async Task<IReadOnlyList<EndpointVersionDetails>> Handle(ListEndpointVersionsQuery request, CancellationToken cancellationToken)
    {
        var versions = await endpoints.VersionsAsync(request.ConfigId, cancellationToken);
        var actions = (await endpoints.ActionsOfAsync([.. versions.Select(v => v.Id)], cancellationToken)).ToLookup(a => a.EndpointId);
        return [.. versions.Select(v => new EndpointVersionDetails(v, [.. actions[v.Id].OrderBy(a => a.Id)]))];
    }
}
