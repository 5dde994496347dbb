using MediatR;
using Nsp.Application.Crk.Endpoints;

namespace Nsp.Application.Crk.Admin;

public sealed class DeleteOverrideHandler(INodeOverrideRepository overrides) : IRequestHandler<DeleteOverrideCommand, Unit>
{
    public async Task<Unit> Handle(DeleteOverrideCommand request, CancellationToken cancellationToken)
    {
        var row = await overrides.FindAsync(request.Id, cancellationToken)
            ?? throw new CrkNotFoundException($"There is no override row with id {request.Id}.");
        overrides.Remove(row);
        await overrides.SaveAsync(cancellationToken);
        return Unit.Value;
    }
}
