using Nsp.Application.MinLog.Lookup;

namespace Nsp.Tests.Unit.MinLog.Lookup;

public sealed class ListLogStatementsValidatorTests
{
    private static readonly DateTime Earlier = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Later = new(2024, 2, 1, 0, 0, 0, DateTimeKind.Utc);

    private static List<string> Problems(ListLogStatementsQuery query) =>
        [.. new ListLogStatementsValidator().Validate(query).Errors.Select(e => e.PropertyName + ": " + e.ErrorMessage)];

    [Theory]
    [InlineData("0202904321")]
    [InlineData("2902044321")]
    [InlineData("0000000000")]
    public void A_cpr_with_a_valid_date_or_the_anonymous_number_passes(string cpr)
    {
        Assert.Empty(Problems(new ListLogStatementsQuery(cpr, null, null)));
    }

    [Theory]
    [InlineData(null, "cprNR: is required")]
    [InlineData("", "cprNR: is required")]
    [InlineData("020290432", "cprNR: must be 10 digits")]
    [InlineData("3002904321", "cprNR: must be 10 digits")]
    [InlineData("020290-4321", "cprNR: must be 10 digits")]
    [InlineData("02029O4321", "cprNR: must be 10 digits")]
    public void Any_other_cpr_is_refused_naming_cprNR(string? cpr, string expected)
    {
        var problem = Assert.Single(Problems(new ListLogStatementsQuery(cpr, null, null)));

        Assert.StartsWith(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_may_be_one_instant_open_at_either_end_but_not_reversed()
    {
        Assert.Empty(Problems(new ListLogStatementsQuery("0202904321", Earlier, Earlier)));
        Assert.Empty(Problems(new ListLogStatementsQuery("0202904321", Earlier, null)));
        Assert.Empty(Problems(new ListLogStatementsQuery("0202904321", null, Later)));
        Assert.Equal(["fraDato: must not lie after tilDato"], Problems(new ListLogStatementsQuery("0202904321", Later, Earlier)));
    }
}
