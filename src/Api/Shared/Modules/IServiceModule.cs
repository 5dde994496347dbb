using Nsp.Application.Shared;

namespace Nsp.Api.Shared.Modules;

/// <summary>One deployable part (a seed's WAR file): its services and its URLs. Parts not named in
/// <c>nsp.services</c> add neither, so their URLs are absent.</summary>
public interface IServiceModule
{
    /// <summary>The deployable's name as <c>nsp.services</c> lists it, e.g. <c>idsas-registration</c>.</summary>
    string Name { get; }

    NspService Service { get; }

    void AddServices(IServiceCollection services, ModuleContext context);

    void MapEndpoints(IEndpointRouteBuilder endpoints);

    /// <summary>The namespaces of the part's own MediatR handlers and validators. A service's parts register all of
    /// the service's handlers (<c>AddServiceRequestHandlers</c>); when only some parts are served, the others'
    /// handlers are removed again, since their dependencies are not registered and the container's validation would
    /// refuse to start.</summary>
    IReadOnlyList<string> HandlerNamespaces => [];
}
