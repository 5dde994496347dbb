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

/// <summary>Registers MediatR 5.1.0, the handlers and validators found in the given assemblies, and the behaviours
/// in the order they nest (the first registered is the outermost).</summary>
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

        services.Scan(scan => scan
            .FromAssemblies(scanned)
            .AddClasses(c => c.AssignableTo(typeof(IRequestHandler<,>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime()
            .AddClasses(c => c.AssignableTo(typeof(IValidator<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime());

        AddPipeline(services);
        return services;
    }

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
