using Nsp.Domain.Crk;

namespace Nsp.Tests.Unit.Crk;

public sealed class EndpointOverrideTests
{
    private static readonly EndpointOverride General = new("ODR", null, "https://nsp.example/odr", null, 30000, null, null, null);
    private static readonly EndpointOverride NodeA = new("ODR", "node-a", "https://region-a.example/odr", false, null, null, true, null);

    [Fact]
    public void A_nodes_own_row_beats_the_row_without_a_node()
    {
        Assert.Same(NodeA, EndpointOverride.For("node-a", [General, NodeA]));
        Assert.Same(General, EndpointOverride.For("node-b", [General, NodeA]));
        Assert.Null(EndpointOverride.For("node-b", [NodeA]));
    }

    [Fact]
    public void The_override_then_operations_flag_then_the_action_decide_the_proxy()
    {
        Assert.False(NodeA.UseProxyFor(actionProxyOverride: true, actionUseProxy: true));
        Assert.True(General.UseProxyFor(actionProxyOverride: true, actionUseProxy: false));
        Assert.False(General.UseProxyFor(actionProxyOverride: null, actionUseProxy: false));
    }
}
