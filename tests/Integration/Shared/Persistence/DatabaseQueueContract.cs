using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Queues;
using Nsp.Domain.MinLog;
using Nsp.Infrastructure.MinLog.Persistence;

namespace Nsp.Tests.Integration.Shared.Persistence;

/// <summary>The DATABASE queue's behaviour, run on each provider by the subclasses.</summary>
public abstract class DatabaseQueueContract : ServiceDatabaseTestBase
{
    private static readonly QueueDrainLimits Generous = new(100, TimeSpan.FromMinutes(1), TimeSpan.Zero);

    private MinLogDbContext? _drainContext;

    [Fact]
    public async Task Messages_are_handled_in_publishing_order_with_key_and_headers_and_then_gone()
    {
        await PublishAsync(new QueueMessage("t-order", "k1", "first", new Dictionary<string, string> { ["h"] = "æøå" }));
        await PublishAsync(new QueueMessage("t-other", "k9", "other topic"));
        await PublishAsync(new QueueMessage("t-order", "k2", "second"));
        await PublishAsync(new QueueMessage("t-order", "k1", "third"));

        var seen = new List<ReceivedMessage>();
        var result = await DrainAsync("t-order", (m, _) => { seen.Add(m); return Task.CompletedTask; }, Generous);

        Assert.Equal(new QueueDrainResult(3, QueueEmpty: true), result);
        Assert.Equal(["first", "second", "third"], seen.Select(m => m.Payload));
        Assert.Equal(["k1", "k2", "k1"], seen.Select(m => m.Key));
        Assert.Equal("æøå", seen[0].Headers["h"]);
        Assert.Empty(seen[1].Headers);
        Assert.Equal(new QueueDrainResult(0, QueueEmpty: true), await DrainAsync("t-order", (_, _) => Task.CompletedTask, Generous));
        Assert.Equal(1, (await DrainAsync("t-other", (_, _) => Task.CompletedTask, Generous)).Handled);
    }

    [Fact]
    public async Task A_handler_that_throws_leaves_its_message_and_rolls_back_its_work_so_it_is_seen_again()
    {
        await PublishAsync(new QueueMessage("t-fail", "k", "poison-once"));
        await PublishAsync(new QueueMessage("t-fail", "k", "after"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => DrainAsync(
            "t-fail",
            async (message, ct) =>
            {
                await WriteWorkAsync(message, ct);
                throw new InvalidOperationException("handler failed");
            },
            Generous));

        Assert.Equal(0, await CountWorkAsync());
        var seen = new List<string>();
        var result = await DrainAsync(
            "t-fail",
            async (message, ct) =>
            {
                seen.Add(message.Payload);
                await WriteWorkAsync(message, ct);
            },
            Generous);
        Assert.Equal(["poison-once", "after"], seen);
        Assert.Equal(2, result.Handled);
        Assert.Equal(2, await CountWorkAsync());
    }

    [Fact]
    public async Task A_drain_stops_at_its_message_limit_and_the_rest_waits()
    {
        for (var i = 0; i < 5; i++)
        {
            await PublishAsync(new QueueMessage("t-limit", "k", $"m{i}"));
        }

        var first = await DrainAsync("t-limit", (_, _) => Task.CompletedTask, Generous with { MaxMessages = 3 });
        var seen = new List<string>();
        var second = await DrainAsync("t-limit", (m, _) => { seen.Add(m.Payload); return Task.CompletedTask; }, Generous);

        Assert.Equal(new QueueDrainResult(3, QueueEmpty: false), first);
        Assert.Equal(["m3", "m4"], seen);
        Assert.True(second.QueueEmpty);
    }

    [Fact]
    public async Task A_message_published_in_a_transaction_that_rolls_back_is_never_delivered()
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<MinLogDbContext>();
            var producer = scope.ServiceProvider.GetRequiredKeyedService<IQueueProducer>(NspService.MinLog);
            await using var transaction = await context.Database.BeginTransactionAsync();
            await producer.PublishAsync(new QueueMessage("t-tx", "k", "rolled back"), CancellationToken.None);
            await transaction.RollbackAsync();
        }

        var result = await DrainAsync("t-tx", (_, _) => Task.CompletedTask, Generous);

        Assert.Equal(0, result.Handled);
    }

    private async Task PublishAsync(QueueMessage message)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredKeyedService<IQueueProducer>(NspService.MinLog).PublishAsync(message, CancellationToken.None);
    }

    private async Task<QueueDrainResult> DrainAsync(
        string topic, Func<ReceivedMessage, CancellationToken, Task> handler, QueueDrainLimits limits)
    {
        await using var scope = Services.CreateAsyncScope();
        var consumer = scope.ServiceProvider.GetRequiredKeyedService<IQueueConsumer>(NspService.MinLog);

        // The handler's work goes through the drain's own scoped context, as a real handler's would.
        _drainContext = scope.ServiceProvider.GetRequiredService<MinLogDbContext>();
        try
        {
            return await consumer.DrainAsync(topic, handler, limits, CancellationToken.None);
        }
        finally
        {
            _drainContext = null;
        }
    }

    private async Task WriteWorkAsync(ReceivedMessage message, CancellationToken cancellationToken)
    {
        var context = _drainContext ?? throw new InvalidOperationException("Work is written only during a drain.");
        context.OrganisationNames.Add(OrganisationName.Create("work for " + message.Payload));
        await context.SaveChangesAsync(cancellationToken);
    }

    private async Task<int> CountWorkAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MinLogDbContext>().OrganisationNames.CountAsync();
    }
}
