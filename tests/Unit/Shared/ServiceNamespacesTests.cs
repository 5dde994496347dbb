using Nsp.Application.Shared;

namespace Nsp.Tests.Unit.Shared;

public sealed class ServiceNamespacesTests
{
    [Fact]
    public void A_type_is_required()
    {
        Assert.Throws<ArgumentNullException>(() => ServiceNamespaces.ServiceOf(null!));
    }
}
