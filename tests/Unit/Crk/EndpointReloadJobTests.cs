using NSubstitute;
using Nsp.Application.Crk.Endpoints;
using Nsp.Application.Crk.Reload;
using Nsp.Application.Crk.Sources;
using Nsp.Domain.Crk;
using Nsp.Tests.Unit.Shared;

namespace Nsp.Tests.Unit.Crk;

public sealed class EndpointReloadJobTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 12, 0, 0, DateTimeKind.Utc);

    private readonly ICrkSourceReader _sources = Substitute.For<ICrkSourceReader>();
    private readonly IEndpointVersionRepository _endpoints = Substitute.For<IEndpointVersionRepository>();

    [Fact]
    public async Task An_unchanged_source_writes_nothing()
    {
        var definition = Definition(new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc));
        var active = EndpointVersion.Create("odr", definition, 1, Now);
        _sources.ReadAsync("odr", Arg.Any<CancellationToken>()).Returns(definition);
        _endpoints.ActiveAsync("odr", Arg.Any<CancellationToken>()).Returns([active]);
        var job = Job();

        await job.PrepareBatchAsync(null, CancellationToken.None);
        var outcome = await job.RunBatchAsync(null, CancellationToken.None);

        Assert.Equal((0, true), (outcome.Processed, outcome.Finished));
        Assert.True(active.Active);
        await _endpoints.DidNotReceiveWithAnyArgs().AddVersionAsync(default!, default);
        await _endpoints.DidNotReceiveWithAnyArgs().SaveAsync(default);
    }

    [Fact]
    public async Task A_changed_source_deactivates_the_old_version_and_adds_the_next_with_its_actions()
    {
        var old = EndpointVersion.Create("odr", Definition(new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc)), 4, Now.AddDays(-1));
        _sources.ReadAsync("odr", Arg.Any<CancellationToken>()).Returns(Definition(new DateTime(2026, 12, 2, 0, 0, 0, DateTimeKind.Utc)));
        _endpoints.ActiveAsync("odr", Arg.Any<CancellationToken>()).Returns([old]);
        _endpoints.HighestVersionAsync("odr", Arg.Any<CancellationToken>()).Returns(6);
        _endpoints.ActionsOfAsync(old.Id, Arg.Any<CancellationToken>()).Returns(Array.Empty<EndpointAction>());
        var job = Job();

        await job.PrepareBatchAsync(null, CancellationToken.None);
        var outcome = await job.RunBatchAsync(null, CancellationToken.None);

        Assert.Equal(1, outcome.Processed);
        Assert.Equal((false, Now), (old.Active, old.LastModified));
        await _endpoints.Received(1).AddVersionAsync(Arg.Is<EndpointVersion>(v => v.Version == 7 && v.Active && v.CreatedTime == Now), Arg.Any<CancellationToken>());
        await _endpoints.Received(1).AddActionsAsync(Arg.Is<IEnumerable<EndpointAction>>(a => a.Single().Name == "urn:a"), Arg.Any<CancellationToken>());
        await _endpoints.Received(1).SaveAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_source_that_cannot_be_read_fails_before_any_write()
    {
        _sources.ReadAsync("odr", Arg.Any<CancellationToken>()).Returns<DksEndpointDefinition>(_ => throw new CrkDefinitionException("the source is unreachable"));
        var job = Job();

        await Assert.ThrowsAsync<CrkDefinitionException>(() => job.PrepareBatchAsync(null, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => job.RunBatchAsync(null, CancellationToken.None));
        Assert.Empty(_endpoints.ReceivedCalls());
    }

    private EndpointReloadJob Job() => new("odr", _sources, _endpoints, new ManualTimeProvider(new DateTimeOffset(Now)));

    private static DksEndpointDefinition Definition(DateTime externalTime) =>
        DksEndpointDefinition.Create("ODR", "https://nsp.example/odr", externalTime, [new DksActionDefinition("urn:a", EndpointAction.SynchronousTimeout, 1000, true, null)]);
}
