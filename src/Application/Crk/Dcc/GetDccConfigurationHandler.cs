using MediatR;
using Nsp.Application.Crk.Endpoints;
using Nsp.Domain.Crk;

namespace Nsp.Application.Crk.Dcc;

public sealed class GetDccConfigurationHandler(IDccConfigQueries view, INodeOverrideRepository overrides)
    : IRequestHandler<GetDccConfigurationQuery, IReadOnlyList<DccEndpointView>>
{
    public async Task<IReadOnlyList<DccEndpointView>> Handle(GetDccConfigurationQuery request, CancellationToken cancellationToken)
    {
        var rows = await view.RowsAsync(cancellationToken);
        var rowsOfOverrides = await overrides.ListAsync(cancellationToken);
        return DccConfiguration.For(request.Node, rows, rowsOfOverrides.Select(o => o.ToOverride()));
    }
}
