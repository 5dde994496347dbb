using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nsp.Application.Odr;
using Nsp.Application.Odr.Access;
using Nsp.Application.Odr.Notifications;
using Nsp.Application.Odr.Registrations;
using Nsp.Application.Shared;
using Nsp.Application.Shared.MinLog;
using Nsp.Application.Shared.Pipeline;
using Nsp.Infrastructure.Odr.Configuration;
using Nsp.Infrastructure.Odr.Persistence;
using Nsp.Infrastructure.Odr.Persistence.Repositories;
using Nsp.Infrastructure.Shared.MinLogOutbox;
using Nsp.Infrastructure.Shared.UnitOfWork;

namespace Nsp.Infrastructure.Odr;

/// <summary>ODR's registrations for the Api modules. Call after <c>AddNspApplication</c> and after ODR's database is
/// registered (<c>AddServiceDatabase&lt;OdrDbContext&gt;</c>, or the Api's <c>AddServiceStore</c>). ODR's
/// PersonInformation client is registered elsewhere, keyed <see cref="OdrParts.PersonInformation"/>.</summary>
public static class OdrServiceCollectionExtensions
{
    /// <summary>The odr part: the five registration messages with their access matrix, validators, audit and MinLog.
    /// Reads <c>odr.properties</c> (<c>odr.admin.allowed.client.system.name</c>).</summary>
    public static IServiceCollection AddOdr(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOdrCore();
        services.TryAddSingleton(OdrSettingsReader.Odr(configuration));
        services.TryAddSingleton<OdrAccessMatrix>();
        services.TryAddScoped<OdrIdValidation>();
        return services;
    }

    /// <summary>What every part needs once: handlers, repositories, the unit of work, the MinLog outbox and the
    /// access behaviour (right after the audit behaviour, so refused calls name their caller).</summary>
    private static void AddOdrCore(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(IOrganDonorRegistrationRepository)))
        {
            return;
        }

        if (!services.Any(d => d.ServiceType == typeof(OdrDbContext)))
        {
            throw new InvalidOperationException("Register ODR's database (AddServiceDatabase<OdrDbContext>) before its parts.");
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddServiceRequestHandlers(NspService.Odr, typeof(IOdrRequest).Assembly, typeof(OdrServiceCollectionExtensions).Assembly);
        services.AddScoped<IOrganDonorRegistrationRepository, EfOrganDonorRegistrationRepository>();
        services.AddScoped<INotificationRepository, EfNotificationRepository>();
        if (!services.Any(d => d.ServiceType == typeof(IUnitOfWork) && Equals(d.ServiceKey, NspService.Odr)))
        {
            services.AddServiceUnitOfWork<OdrDbContext>(NspService.Odr);
        }

        if (!services.Any(d => d.ServiceType == typeof(IMinLogOutbox) && Equals(d.ServiceKey, NspService.Odr)))
        {
            services.AddServiceMinLogOutbox<OdrDbContext>(NspService.Odr);
        }

        InsertAccessBehavior(services);
    }

    private static void InsertAccessBehavior(IServiceCollection services)
    {
        var behaviours = services.Select((d, i) => (d, i)).Where(x => x.d.ServiceType == typeof(IPipelineBehavior<,>)).ToList();
        var audit = behaviours.FindIndex(x => x.d.ImplementationType == typeof(AuditBehavior<,>));
        if (audit < 0)
        {
            throw new InvalidOperationException("Call AddNspApplication before the ODR parts: the access check goes right after the audit behaviour.");
        }

        services.Insert(behaviours[audit].i + 1, ServiceDescriptor.Scoped(typeof(IPipelineBehavior<,>), typeof(OdrAccessBehavior<,>)));
    }
}
