using Nsp.Application.Idsas.OrgBlurrings;
using Nsp.Application.Idsas.OrgBlurrings.RemoveOrgBlurring;
using Nsp.Domain.Idsas.OrgBlurrings;
using Nsp.Tests.Unit.Shared;
using NSubstitute;

namespace Nsp.Tests.Unit.Idsas.OrgBlurrings.RemoveOrgBlurring;

public sealed class RemoveOrgBlurringHandlerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private readonly IOrgBlurringRepository _orgBlurrings = Substitute.For<IOrgBlurringRepository>();

    private Task<RemoveOrgBlurringResult> HandleAsync(RemoveOrgBlurringCommand command) =>
        new RemoveOrgBlurringHandler(_orgBlurrings, new ManualTimeProvider(Now)).Handle(command, CancellationToken.None);

    [Fact]
    public async Task Every_active_blurring_of_the_department_is_removed_now()
    {
        var active = new[] { OrgBlurring.Create("123", OrgClassification.Shak, Now.UtcDateTime.AddDays(-2)), OrgBlurring.Create("123", OrgClassification.Shak, Now.UtcDateTime.AddDays(-1)) };
        _orgBlurrings.FindActiveAsync("123", OrgClassification.Shak, Arg.Any<CancellationToken>()).Returns(active);

        var result = await HandleAsync(new RemoveOrgBlurringCommand("123", "SHAK"));

        Assert.True(result.Removed);
        Assert.All(active, o => Assert.Equal(Now.UtcDateTime, o.RemovedAt));
    }

    [Fact]
    public async Task A_department_without_an_active_blurring_reports_nothing_removed()
    {
        _orgBlurrings.FindActiveAsync(default!, default, default).ReturnsForAnyArgs([]);

        Assert.False((await HandleAsync(new RemoveOrgBlurringCommand("123", "SOR"))).Removed);
    }

    [Fact]
    public async Task A_command_is_required()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => HandleAsync(null!));
    }
}
