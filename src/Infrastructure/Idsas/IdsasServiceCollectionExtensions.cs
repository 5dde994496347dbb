using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Nsp.Application.Idsas.Audit;
using Nsp.Application.Idsas.Blurrings;
using Nsp.Application.Idsas.Blurrings.CreateBlurring;
using Nsp.Application.Idsas.Blurrings.Persisting;
using Nsp.Application.Idsas.Configuration;
using Nsp.Application.Idsas.DeadLetters;
using Nsp.Application.Idsas.Operations.CleanupBlurrings;
using Nsp.Application.Idsas.Operations.CleanupBlurringsDeceased;
using Nsp.Application.Idsas.Operations.KafkaConsume;
using Nsp.Application.Idsas.Operations.RenewSalt;
using Nsp.Application.Idsas.OrgBlurrings;
using Nsp.Application.Idsas.Salts;
using Nsp.Application.Idsas.Whitelisting;
using Nsp.Application.Idsas;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Jobs;
using Nsp.Application.Shared.Pipeline;
using Nsp.Application.Shared.Queues;
using Nsp.Infrastructure.Idsas.Configuration;
using Nsp.Infrastructure.Idsas.Persistence;
using Nsp.Infrastructure.Idsas.Persistence.Repositories;
using Nsp.Infrastructure.Shared.Kafka;
using Nsp.Infrastructure.Shared.NationalServices.PersonInformation;
using Nsp.Infrastructure.Shared.NationalServices.Sores;
using Nsp.Infrastructure.Shared.UnitOfWork;

namespace Nsp.Infrastructure.Idsas;

/// <summary>One extension per IDSAS part, for the Api modules. Each reads its own property file (and the patient-id
/// salt file where it needs it). Call after <c>AddNspApplication</c> and after the IDSAS database is registered
/// (<c>AddServiceDatabase&lt;IdsasDbContext&gt;</c>). Parts served by one process share the core registrations.</summary>
public static class IdsasServiceCollectionExtensions
{
    /// <summary>registration: CreateBlurring, CreateOrgBlurring, RemoveOrgBlurring, ListAllActiveOrgBlurrings.
    /// Reads <c>idsas-registration.properties</c> (strategy, expiry, allowed systems, PersonInformation, Kafka
    /// producer) and <c>idsas-patient-id-salt.properties</c> when present.</summary>
    public static IServiceCollection AddIdsasRegistration(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = IdsasSettingsReader.Registration(configuration);
        services.AddIdsasCore();
        services.AddSingleton(settings);
        services.AddSingleton(new IdsasAllowedSystems(IdsasWhitelistRules.RegistrationPart, settings.AllowedSystems));
        services.AddSingleton<ITransactionRequirement<CreateBlurringCommand>, CreateBlurringTransactionRequirement>();
        services.AddKeyedPersonInformation(IdsasParts.RegistrationPersonInformation, IdsasSettingsReader.PersonInformation(configuration, IdsasPropertyKeys.RegistrationFile));
        if (settings.PersistStrategy == PersistStrategy.Kafka)
        {
            var producerOptions = KafkaOptionsMapper.ProducerFrom(IdsasSettingsReader.ProducerProperties(configuration));
            services.AddKeyedSingleton<IQueueProducer>(
                IdsasQueueKeys.RegistrationProducer,
                (sp, _) => new KafkaQueueProducer(producerOptions, sp.GetRequiredService<ILogger<KafkaQueueProducer>>()));
            services.AddScoped<IBlurringWriter>(sp => new QueueBlurringWriter(
                sp.GetRequiredKeyedService<IQueueProducer>(IdsasQueueKeys.RegistrationProducer), settings.KafkaTopic!, settings.KafkaHeaders));
        }
        else
        {
            services.AddScoped<IBlurringWriter, DatabaseBlurringWriter>();
        }

        return services;
    }

    /// <summary>lookup: GetBlurredOrganisations. Reads <c>idsas-lookup.properties</c> (strategy, allowed systems,
    /// SORES for the status page) and the required <c>idsas-patient-id-salt.properties</c>.</summary>
    public static IServiceCollection AddIdsasLookup(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = IdsasSettingsReader.Lookup(configuration);
        services.AddIdsasCore();
        services.AddSingleton(settings);
        services.AddSoresStatusProbe(IdsasSettingsReader.Sores(configuration));
        services.AddSingleton(new IdsasAllowedSystems(IdsasWhitelistRules.LookupPart, settings.AllowedSystems));
        return services;
    }

    /// <summary>salt: GetCurrentSalt. Reads <c>idsas-salt.properties</c> (allowed systems).</summary>
    public static IServiceCollection AddIdsasSalt(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = IdsasSettingsReader.Salt(configuration);
        services.AddIdsasCore();
        services.AddSingleton(settings);
        services.AddSingleton(new IdsasAllowedSystems(IdsasWhitelistRules.SaltPart, settings.AllowedSystems));
        return services;
    }

    /// <summary>operations: renew-salt, cleanup-blurrings, cleanup-blurrings-deceased, kafka-consume, and the dead
    /// letter alarm check (<see cref="DeadLetterAlarmCheck"/>). Reads <c>idsas-operations.properties</c> (job
    /// settings, PersonInformation, Kafka consumer with the seed's defaults).</summary>
    public static IServiceCollection AddIdsasOperations(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = IdsasSettingsReader.Operations(configuration);
        services.AddIdsasCore();
        services.AddSingleton(settings);
        services.AddKeyedPersonInformation(IdsasParts.OperationsPersonInformation, IdsasSettingsReader.PersonInformation(configuration, IdsasPropertyKeys.OperationsFile));
        services.TryAddScoped<JobRunner>();
        services.AddScoped<RenewSaltJob>();
        services.AddScoped<CleanupBlurringsJob>();
        services.AddScoped<CleanupBlurringsDeceasedJob>();
        services.AddSingleton<BlurringMessagePersister>();
        var consumerOptions = KafkaOptionsMapper.ConsumerFrom(IdsasSettingsReader.ConsumerProperties(configuration));
        services.AddKeyedSingleton<IQueueConsumer>(
            IdsasQueueKeys.OperationsConsumer,
            (sp, _) => new KafkaQueueConsumer(consumerOptions, sp.GetRequiredService<ILogger<KafkaQueueConsumer>>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped(sp => new KafkaConsumeJob(
            sp.GetRequiredKeyedService<IQueueConsumer>(IdsasQueueKeys.OperationsConsumer),
            sp.GetRequiredService<BlurringMessagePersister>(),
            settings));
        services.AddSingleton<DeadLetterAlarmCheck>();
        return services;
    }

    /// <summary>What every part needs once: repositories, the whitelist authority, the unit of work and the
    /// actor-audit behaviour (right after the audit behaviour, so refused calls name their caller).</summary>
    private static void AddIdsasCore(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(IWhitelistRepository)))
        {
            return;
        }

        if (!services.Any(d => d.ServiceType == typeof(IdsasDbContext)))
        {
            throw new InvalidOperationException("Register IDSAS's database (AddServiceDatabase<IdsasDbContext>) before its parts.");
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddServiceRequestHandlers(NspService.Idsas, typeof(IIdsasRequest).Assembly, typeof(IdsasServiceCollectionExtensions).Assembly);
        services.AddScoped<IBlurringRepository, EfBlurringRepository>();
        services.AddScoped<IBlurringQueries, EfBlurringQueries>();
        services.AddScoped<IOrgBlurringRepository, EfOrgBlurringRepository>();
        services.AddScoped<IOrgBlurringQueries, EfOrgBlurringQueries>();
        services.AddScoped<ISaltRepository, EfSaltRepository>();
        services.AddScoped<IWhitelistRepository, EfWhitelistRepository>();
        services.AddScoped<IDeadLetterRepository, EfDeadLetterRepository>();
        services.AddKeyedScoped<IWhitelistAuthority, IdsasWhitelistAuthority>(NspService.Idsas);
        if (!services.Any(d => d.ServiceType == typeof(IUnitOfWork) && Equals(d.ServiceKey, NspService.Idsas)))
        {
            services.AddServiceUnitOfWork<IdsasDbContext>(NspService.Idsas);
        }

        InsertActorAuditBehavior(services);
    }

    private static void InsertActorAuditBehavior(IServiceCollection services)
    {
        var behaviours = services.Select((d, i) => (d, i)).Where(x => x.d.ServiceType == typeof(IPipelineBehavior<,>)).ToList();
        var audit = behaviours.FindIndex(x => x.d.ImplementationType == typeof(Application.Shared.Pipeline.AuditBehavior<,>));
        if (audit < 0)
        {
            throw new InvalidOperationException("Call AddNspApplication before the IDSAS parts: the actor audit goes right after the audit behaviour.");
        }

        services.Insert(behaviours[audit].i + 1, ServiceDescriptor.Scoped(typeof(IPipelineBehavior<,>), typeof(IdsasActorAuditBehavior<,>)));
    }
}
