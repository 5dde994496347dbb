using MediatR;
using Nsp.Application.Crk.Endpoints;
using Nsp.Domain.Crk;

namespace Nsp.Application.Crk.Admin;

public sealed class ListOverridesHandler(INodeOverrideRepository overrides) : IRequestHandler<ListOverridesQuery, IReadOnlyList<NodeOverride>>
{
    public async Task<IReadOnlyList<NodeOverride>> Handle(ListOverridesQuery request, CancellationToken cancellationToken) =>
        [.. (await overrides.ListAsync(cancellationToken)).OrderBy(o => o.Id)];
}
