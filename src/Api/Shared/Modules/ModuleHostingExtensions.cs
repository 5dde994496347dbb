namespace Nsp.Api.Shared.Modules;

/// <summary>Adds and maps the parts named in <c>nsp.services</c>.</summary>
public static class ModuleHostingExtensions
{
    public static EnabledModules AddNspModules(
        this IServiceCollection services, ModuleContext context, IEnumerable<IServiceModule> catalogue)
    {
        var enabled = new EnabledModules(
            [.. catalogue.Where(m => context.Host.Services.Contains(m.Name, StringComparer.OrdinalIgnoreCase))]);
        services.AddSingleton(enabled);
        foreach (var module in enabled.Modules)
        {
            module.AddServices(services, context);
        }

        var unserved = catalogue.Except(enabled.Modules).SelectMany(m => m.HandlerNamespaces)
            .Except(enabled.Modules.SelectMany(m => m.HandlerNamespaces), StringComparer.Ordinal).ToList();
        services.RemoveHandlersIn(unserved);

        return enabled;
    }

    /// <summary>Removes the MediatR handlers and FluentValidation validators declared in <paramref name="namespaces"/>
    /// (or below them).</summary>
    public static void RemoveHandlersIn(this IServiceCollection services, IReadOnlyCollection<string> namespaces)
    {
        if (namespaces.Count == 0)
        {
            return;
        }

        bool InUnserved(Type? type) => type?.Namespace is { } ns
            && namespaces.Any(n => ns == n || ns.StartsWith(n + ".", StringComparison.Ordinal));
        bool IsHandlerOrValidator(Type service) =>
            service == typeof(FluentValidation.IValidator)
            || (service.IsGenericType && (service.GetGenericTypeDefinition() == typeof(MediatR.IRequestHandler<,>)
                || service.GetGenericTypeDefinition() == typeof(MediatR.IRequestHandler<>)
                || service.GetGenericTypeDefinition() == typeof(FluentValidation.IValidator<>)));
        foreach (var descriptor in services.Where(d => !d.IsKeyedService && IsHandlerOrValidator(d.ServiceType) && InUnserved(d.ImplementationType)).ToList())
        {
            services.Remove(descriptor);
        }
    }

    public static IEndpointRouteBuilder MapNspModules(this IEndpointRouteBuilder endpoints)
    {
        foreach (var module in endpoints.ServiceProvider.GetRequiredService<EnabledModules>().Modules)
        {
            module.MapEndpoints(endpoints);
        }

        return endpoints;
    }
}
