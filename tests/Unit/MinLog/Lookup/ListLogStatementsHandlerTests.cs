using NSubstitute;
using Nsp.Application.MinLog.Lookup;
using Nsp.Application.Shared.Errors;

namespace Nsp.Tests.Unit.MinLog.Lookup;

public sealed class ListLogStatementsHandlerTests
{
    private static readonly DateTime From = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly ILogStatementQueries _queries = Substitute.For<ILogStatementQueries>();

    private static List<LogStatement> Statements(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new LogStatement($"reg-{i}", null, null, null, null, null, null, "Opslag", null, From.AddMinutes(-i)))];

    [Fact]
    public async Task It_asks_for_one_more_than_the_maximum_in_the_callers_period_and_returns_what_fits()
    {
        _queries.ListAsync("0202904321", From, null, 4, Arg.Any<CancellationToken>()).Returns(Statements(3));
        var handler = new ListLogStatementsHandler(_queries, new MinLogLookupSettings { MaxEntries = 3 });

        var result = await handler.Handle(new ListLogStatementsQuery("0202904321", From, null), CancellationToken.None);

        Assert.Equal("0202904321", result.CprNrBorger);
        Assert.Equal(["reg-1", "reg-2", "reg-3"], result.Statements.Select(s => s.RegKode));
    }

    [Fact]
    public async Task A_period_holding_more_than_the_maximum_is_refused_asking_for_a_shorter_one()
    {
        _queries.ListAsync(Arg.Any<string>(), Arg.Any<DateTime?>(), Arg.Any<DateTime?>(), 4, Arg.Any<CancellationToken>()).Returns(Statements(4));
        var handler = new ListLogStatementsHandler(_queries, new MinLogLookupSettings { MaxEntries = 3 });

        var refused = await Assert.ThrowsAsync<RequestValidationException>(
            () => handler.Handle(new ListLogStatementsQuery("0202904321", null, null), CancellationToken.None));

        Assert.Contains("more than 3 log statements", refused.Message, StringComparison.Ordinal);
        Assert.Contains("shorter period", refused.Message, StringComparison.Ordinal);
    }
}
