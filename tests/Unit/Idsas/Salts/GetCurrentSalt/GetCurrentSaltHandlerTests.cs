using Nsp.Application.Idsas.Salts;
using Nsp.Application.Idsas.Salts.GetCurrentSalt;
using Nsp.Domain.Idsas.Salts;
using NSubstitute;

namespace Nsp.Tests.Unit.Idsas.Salts.GetCurrentSalt;

public sealed class GetCurrentSaltHandlerTests
{
    private readonly ISaltRepository _salts = Substitute.For<ISaltRepository>();

    [Fact]
    public async Task The_newest_salt_is_answered_in_base64_with_its_creation_time()
    {
        var salt = Salt.CreateRandom(new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc));
        _salts.CurrentAsync(Arg.Any<CancellationToken>()).Returns(salt);

        var result = await new GetCurrentSaltHandler(_salts).Handle(new GetCurrentSaltQuery(), CancellationToken.None);

        Assert.Equal(new GetCurrentSaltResult(salt.Base64Value, salt.Created), result);
    }

    [Fact]
    public async Task Without_a_salt_the_call_is_refused()
    {
        _salts.CurrentAsync(Arg.Any<CancellationToken>()).Returns((Salt?)null);

        await Assert.ThrowsAsync<NoCurrentSaltException>(() => new GetCurrentSaltHandler(_salts).Handle(new GetCurrentSaltQuery(), CancellationToken.None));
    }
}
