using MediatR;
using Nsp.Application.Crk.Endpoints;
using Nsp.Domain.Crk;

namespace Nsp.Application.Crk.Admin;

public sealed class SetProxyOverrideHandler(IEndpointVersionRepository endpoints) : IRequestHandler<SetProxyOverrideCommand, EndpointAction>
{
    public async Task<EndpointAction> Handle(SetProxyOverrideCommand request, CancellationToken cancellationToken)
    {
        var action = await endpoints.FindActionAsync(request.ActionId, cancellationToken)
            ?? throw new CrkNotFoundException($"There is no action with id {request.ActionId}.");
        action.OverrideProxy(request.ProxyOverride);
        await endpoints.SaveAsync(cancellationToken);
        return action;
    }
}
