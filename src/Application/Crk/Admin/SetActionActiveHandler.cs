using MediatR;
using Nsp.Application.Crk.Endpoints;
using Nsp.Domain.Crk;

namespace Nsp.Application.Crk.Admin;

public sealed class SetActionActiveHandler(IEndpointVersionRepository endpoints) : IRequestHandler<SetActionActiveCommand, EndpointAction>
{
    public async Task<EndpointAction> Handle(SetActionActiveCommand request, CancellationToken cancellationToken)
    {
        var action = await endpoints.FindActionAsync(request.ActionId, cancellationToken)
            ?? throw new CrkNotFoundException($"There is no action with id {request.ActionId}.");
        action.SetActive(request.Active);
        await endpoints.SaveAsync(cancellationToken);
        return action;
    }
}
