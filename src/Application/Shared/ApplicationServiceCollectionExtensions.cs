using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Jobs;
using Nsp.Application.Shared.Pipeline;
using Nsp.Application.Shared.Security;

namespace Nsp.Application.Shared;

/// <summary>Registers MediatR 5.1.0, the shared handlers and validators found in the given assemblies, and the
/// behaviours in the order they nest (the first registered is the outermost). A service's own handlers come with
/// its parts (<see cref="AddServiceRequestHandlers"/>), so a process that does not serve it carries none of them.</summary>
public static class ApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddNspApplication(this IServiceCollection services, params Assembly[] assemblies)
    {
        var scanned = assemblies.Length == 0 ? [typeof(ApplicationServiceCollectionExtensions).Assembly] : assemblies;

        // Scoped, so handlers and behaviours get the call's DbContexts, not the root provider's.
        services.TryAddScoped<ServiceFactory>(sp => sp.GetService!);
        services.TryAddScoped<IMediator, Mediator>();
        services.TryAddScoped<ISecurityContextAccessor, SecurityContextAccessor>();
        services.TryAddScoped<IAuditRecordAccessor, AuditRecordAccessor>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<JobRunner>();
        services.TryAddSingleton<JobFailureRecorder>();

        AddHandlers(services, scanned, type => ServiceNamespaces.ServiceOf(type) is null);
        AddPipeline(services);
        return services;
    }

    /// <summary>The handlers and validators of one service, found by namespace in the given assemblies. Its parts
    /// call this; calling it again for the same service adds nothing.</summary>
    public static IServiceCollection AddServiceRequestHandlers(this IServiceCollection services, NspService service, params Assembly[] assemblies)
    {
        var marker = new ServiceHandlersRegistered(service);
        if (services.Any(d => d.ServiceType == typeof(ServiceHandlersRegistered) && Equals(d.ImplementationInstance, marker)))
        {
            return services;
        }

        services.AddSingleton(marker);
        AddHandlers(services, assemblies, type => ServiceNamespaces.ServiceOf(type) == service);
        return services;
    }

    private static void AddHandlers(IServiceCollection services, Assembly[] assemblies, Func<Type, bool> belongs) =>
        services.Scan(scan => scan
            .FromAssemblies(assemblies)
            .AddClasses(c => c.AssignableTo(typeof(IRequestHandler<,>)).Where(belongs), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime()
            .AddClasses(c => c.AssignableTo(typeof(IValidator<>)).Where(belongs), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime());

    private sealed record ServiceHandlersRegistered(NspService Service);

    private static void AddPipeline(IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(IPipelineBehavior<,>) && d.ImplementationType == typeof(AuditBehavior<,>)))
        {
            return;
        }

        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuditBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(WhitelistBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(UnitOfWorkBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(MinLogBehavior<,>));
    }
}
