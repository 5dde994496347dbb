using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nsp.Application.Idsas.Blurrings;
using Nsp.Application.Idsas.DeadLetters;
using Nsp.Application.Idsas.Operations.KafkaConsume;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Pipeline;
using Nsp.Application.Shared.Queues;
using Nsp.Domain.Idsas.Blurrings;
using Nsp.Domain.Idsas.DeadLetters;
using Nsp.Tests.Unit.Shared;
using NSubstitute;

namespace Nsp.Tests.Unit.Idsas.Operations.KafkaConsume;

public sealed class BlurringMessagePersisterTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private readonly IBlurringRepository _blurrings = Substitute.For<IBlurringRepository>();
    private readonly IDeadLetterRepository _deadLetters = Substitute.For<IDeadLetterRepository>();
    private readonly IUnitOfWorkTransaction _transaction = Substitute.For<IUnitOfWorkTransaction>();
    private readonly RecordingLogger<BlurringMessagePersister> _logger = new();
    private readonly ServiceProvider _services;
    private readonly List<string> _steps = [];

    public BlurringMessagePersisterTests()
    {
        var unitOfWork = Substitute.For<IUnitOfWork>();
        unitOfWork.BeginAsync(Arg.Any<CancellationToken>()).Returns(_transaction);
        _blurrings.When(b => b.UpsertAsync(Arg.Any<Blurring>(), Arg.Any<CancellationToken>())).Do(_ => _steps.Add("upsert"));
        _deadLetters.When(d => d.Add(Arg.Any<DeadLetter>())).Do(_ => _steps.Add("dead letter"));
        _transaction.When(t => t.CommitAsync(Arg.Any<CancellationToken>())).Do(_ => _steps.Add("commit"));
        _services = new ServiceCollection()
            .AddKeyedScoped(NspService.Idsas, (_, _) => unitOfWork)
            .AddScoped(_ => _blurrings)
            .AddScoped(_ => _deadLetters)
            .BuildServiceProvider();
    }

    private Task PersistAsync(string payload) =>
        new BlurringMessagePersister(_services.GetRequiredService<IServiceScopeFactory>(), new ManualTimeProvider(Now), _logger)
            .PersistAsync(new ReceivedMessage("Idsas-Registration-Topic", "111111111833257872", payload, new Dictionary<string, string>(), "0:17"), CancellationToken.None);

    [Fact]
    public async Task A_readable_message_is_upserted_and_committed()
    {
        await PersistAsync("""{"patientId":"1111111118","patientIdHashed":null,"cvr":"33257872","endDateTime":"2026-12-01T00:00:00Z","registered":"2026-11-01T00:00:00Z"}""");

        Assert.Equal(["upsert", "commit"], _steps);
        await _blurrings.Received(1).UpsertAsync(Arg.Is<Blurring>(b => b.PatientId == "1111111118" && b.Cvr == "33257872"), Arg.Any<CancellationToken>());
        Assert.Empty(_logger.Entries);
    }

    [Fact]
    public async Task An_unreadable_message_becomes_a_logged_dead_letter_that_is_committed_past()
    {
        DeadLetter? added = null;
        _deadLetters.When(d => d.Add(Arg.Any<DeadLetter>())).Do(c => added = c.Arg<DeadLetter>());

        await PersistAsync("not json");

        Assert.Equal(["dead letter", "commit"], _steps);
        Assert.NotNull(added);
        Assert.Equal(
            ("Idsas-Registration-Topic", "0:17", "111111111833257872", "not json", Now.UtcDateTime),
            (added.Topic, added.Position, added.MessageKey, added.Payload, added.Created));
        Assert.StartsWith("The payload is not JSON", added.Reason, StringComparison.Ordinal);
        var logged = Assert.Single(_logger.Entries);
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.StartsWith("Unreadable message Idsas-Registration-Topic 0:17 moved to dead_letter: ", logged.Message, StringComparison.Ordinal);
        await _blurrings.DidNotReceiveWithAnyArgs().UpsertAsync(default!, default);
    }

    [Fact]
    public async Task A_message_is_required()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() =>
            new BlurringMessagePersister(_services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, _logger).PersistAsync(null!, CancellationToken.None));
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
