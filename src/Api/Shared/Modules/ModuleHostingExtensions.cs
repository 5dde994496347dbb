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

        return enabled;
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
