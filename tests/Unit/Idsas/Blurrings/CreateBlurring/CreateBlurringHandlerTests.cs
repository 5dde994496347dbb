using Nsp.Application.Idsas.Blurrings.Persisting;
using Nsp.Application.Idsas.Blurrings.CreateBlurring;
using Nsp.Application.Idsas.Configuration;
using Nsp.Application.Shared.Security;
using Nsp.Tests.Unit.Shared;
using NSubstitute;

namespace Nsp.Tests.Unit.Idsas.Blurrings.CreateBlurring;

public sealed class CreateBlurringHandlerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private readonly IBlurringWriter _writer = Substitute.For<IBlurringWriter>();
    private readonly SecurityContextAccessor _security = new();

    private CreateBlurringHandler Handler() =>
        new(_writer, new IdsasRegistrationSettings { PersistStrategy = PersistStrategy.Database }, _security, new ManualTimeProvider(Now));

    [Fact]
    public async Task A_caller_without_a_cvr_is_a_programming_error_and_nothing_is_written()
    {
        _security.Set(new SecurityContext { Kind = CallerKind.SystemCard, CareProviderId = "123", CareProviderIdFormat = "medcom:sor" });

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Handler().Handle(new CreateBlurringCommand("1111111118", Now.AddDays(1)), CancellationToken.None));

        Assert.Equal("The whitelist behaviour lets no caller without a CVR through.", refused.Message);
        await _writer.DidNotReceiveWithAnyArgs().WriteAsync(default!, default);
    }

    [Fact]
    public async Task A_command_is_required()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => Handler().Handle(null!, CancellationToken.None));
    }
}
