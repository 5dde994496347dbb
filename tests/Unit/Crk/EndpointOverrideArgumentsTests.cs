using Nsp.Domain.Crk;

namespace Nsp.Tests.Unit.Crk;

public sealed class EndpointOverrideArgumentsTests
{
    [Fact]
    public void No_list_of_overrides_is_an_argument_error() =>
        Assert.Throws<ArgumentNullException>(() => EndpointOverride.For("node-1", null!));
}
