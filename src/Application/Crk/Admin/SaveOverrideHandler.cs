using MediatR;
using Nsp.Application.Crk.Endpoints;
using Nsp.Domain.Crk;

namespace Nsp.Application.Crk.Admin;

public sealed class SaveOverrideHandler(INodeOverrideRepository overrides) : IRequestHandler<SaveOverrideCommand, NodeOverride>
{
    public async Task<NodeOverride> Handle(SaveOverrideCommand request, CancellationToken cancellationToken)
    {
        NodeOverride row;
        if (request.Id is { } id)
        {
            row = await overrides.FindAsync(id, cancellationToken) ?? throw new CrkNotFoundException($"There is no override row with id {id}.");
            row.Change(request.Values);
        }
        else
        {
            row = NodeOverride.Create(request.Values);
            overrides.Add(row);
        }

        await overrides.SaveAsync(cancellationToken);
        return row;
    }
}
