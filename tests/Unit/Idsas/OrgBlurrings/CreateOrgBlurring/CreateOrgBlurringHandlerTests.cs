using Nsp.Application.Idsas.OrgBlurrings;
using Nsp.Application.Idsas.OrgBlurrings.CreateOrgBlurring;
using Nsp.Domain.Idsas.OrgBlurrings;
using Nsp.Tests.Unit.Shared;
using NSubstitute;

namespace Nsp.Tests.Unit.Idsas.OrgBlurrings.CreateOrgBlurring;

public sealed class CreateOrgBlurringHandlerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private readonly IOrgBlurringRepository _orgBlurrings = Substitute.For<IOrgBlurringRepository>();

    private Task<CreateOrgBlurringResult> HandleAsync(CreateOrgBlurringCommand command) =>
        new CreateOrgBlurringHandler(_orgBlurrings, new ManualTimeProvider(Now)).Handle(command, CancellationToken.None);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_department_is_added_from_now_unless_it_is_blurred_already(bool added)
    {
        _orgBlurrings.AddIfNoneActiveAsync(Arg.Any<OrgBlurring>(), Arg.Any<CancellationToken>()).Returns(added);

        var result = await HandleAsync(new CreateOrgBlurringCommand("123", "SOR"));

        Assert.Equal(added, result.Created);
        await _orgBlurrings.Received(1).AddIfNoneActiveAsync(
            Arg.Is<OrgBlurring>(o => o.OrgId == "123" && o.Classification == OrgClassification.Sor && o.Created == Now.UtcDateTime && o.IsActive),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_command_is_required()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => HandleAsync(null!));
    }
}
