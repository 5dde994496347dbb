using Nsp.Application.Shared;

namespace Nsp.Tests.Unit.Shared;

public sealed class NspServiceNamesTests
{
    [Fact]
    public void An_unknown_service_has_no_key()
    {
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => ((NspService)99).Key());

        Assert.StartsWith("Unknown service.", refused.Message, StringComparison.Ordinal);
    }
}
