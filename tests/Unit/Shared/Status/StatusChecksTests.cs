using Microsoft.Extensions.Logging;
using Nsp.Application.Shared.Status;
using NSubstitute;

namespace Nsp.Tests.Unit.Shared.Status;

public sealed class StatusChecksTests
{
    private readonly RecordingLogger<StatusChecksTests> _logger = new();

    private static IStatusCheck Check(string name, Func<CancellationToken, Task<StatusCheckResult>> check)
    {
        var statusCheck = Substitute.For<IStatusCheck>();
        statusCheck.Name.Returns(name);
        statusCheck.CheckAsync(Arg.Any<CancellationToken>()).Returns(c => check(c.Arg<CancellationToken>()));
        return statusCheck;
    }

    [Fact]
    public async Task Every_check_answers_in_the_order_given()
    {
        var results = await StatusChecks.RunAsync(
            [Check("Database", _ => Task.FromResult(new StatusCheckResult("Database", true, "ok"))), Check("Kafka", _ => Task.FromResult(StatusCheckResult.Failing("Kafka", "down")))],
            _logger,
            CancellationToken.None);

        Assert.Equal([new StatusCheckResult("Database", true, "ok"), StatusCheckResult.Failing("Kafka", "down")], results);
        Assert.Empty(_logger.Entries);
    }

    [Fact]
    public async Task A_check_that_throws_fails_without_its_exception_on_the_page_and_the_exception_is_logged()
    {
        var broken = new InvalidOperationException("Host=db.internal;Password=secret");

        var result = await StatusChecks.RunOneAsync(Check("Database", _ => throw broken), _logger, CancellationToken.None);

        Assert.Equal(StatusCheckResult.Failing("Database", StatusChecks.BrokenCheckDetail), result);
        var logged = Assert.Single(_logger.Entries);
        Assert.Equal((LogLevel.Error, "Status check Database failed"), (logged.Level, logged.Message));
        Assert.Same(broken, logged.Exception);
    }

    [Fact]
    public async Task A_check_that_times_out_on_its_own_fails_like_any_broken_check()
    {
        var result = await StatusChecks.RunOneAsync(Check("Backend", _ => throw new TaskCanceledException("timeout")), _logger, CancellationToken.None);

        Assert.False(result.Healthy);
        Assert.Single(_logger.Entries);
    }

    [Fact]
    public async Task A_page_whose_caller_went_away_stops_instead_of_failing_the_check()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            StatusChecks.RunOneAsync(Check("Backend", token => Task.FromCanceled<StatusCheckResult>(token)), _logger, cancellation.Token));
        Assert.Empty(_logger.Entries);
    }

    [Fact]
    public async Task A_check_that_throws_something_else_after_cancellation_still_fails_and_is_logged()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var result = await StatusChecks.RunOneAsync(Check("Backend", _ => throw new InvalidOperationException("broken")), _logger, cancellation.Token);

        Assert.False(result.Healthy);
        Assert.Single(_logger.Entries);
    }

    [Fact]
    public async Task The_checks_and_the_logger_are_required()
    {
        var noChecks = await Assert.ThrowsAsync<ArgumentNullException>(() => StatusChecks.RunAsync(null!, _logger, CancellationToken.None));
        Assert.Equal("checks", noChecks.ParamName);
        await Assert.ThrowsAsync<ArgumentNullException>(() => StatusChecks.RunOneAsync(null!, _logger, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentNullException>(() =>
            StatusChecks.RunOneAsync(Check("x", _ => Task.FromResult(new StatusCheckResult("x", true, ""))), null!, CancellationToken.None));
    }
}
