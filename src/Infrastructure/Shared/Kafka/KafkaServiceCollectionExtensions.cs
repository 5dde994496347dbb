using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nsp.Application.Shared.Queues;

namespace Nsp.Infrastructure.Shared.Kafka;

/// <summary>Registers the Kafka queue adapters (the seeds' KAFKA queue strategy).</summary>
public static class KafkaServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IQueueProducer"/> and <see cref="IQueueConsumer"/> as Kafka singletons, built
    /// from the service's property file. Consumer options are registered only when
    /// <c>kafka.consumer.group.id</c> is set, since a producer-only service (a frontend) has none.</summary>
    public static IServiceCollection AddKafkaQueues(this IServiceCollection services, IReadOnlyDictionary<string, string> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(KafkaOptionsMapper.ProducerFrom(properties));
        services.AddSingleton<KafkaQueueProducer>();
        services.AddSingleton<IQueueProducer>(sp => sp.GetRequiredService<KafkaQueueProducer>());
        if (properties.TryGetValue(KafkaOptionsMapper.ConsumerGroupIdKey, out var groupId) && !string.IsNullOrWhiteSpace(groupId))
        {
            services.AddSingleton(KafkaOptionsMapper.ConsumerFrom(properties));
            services.AddSingleton<KafkaQueueConsumer>();
            services.AddSingleton<IQueueConsumer>(sp => sp.GetRequiredService<KafkaQueueConsumer>());
        }

        return services;
    }
}
