using Nsp.Domain.Crk;

namespace Nsp.Tests.Unit.Crk;

public sealed class DccConfigurationTests
{
    private static readonly DateTime At = new(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc);

    private static readonly DccConfigRow[] Rows =
    [
        new(1, "odr", "ODR", "http://nsp.example/odr", At, 2, "urn:b", "synchronous_timeout", 2000, false, null),
        new(1, "odr", "ODR", "http://nsp.example/odr", At, 2, "urn:a", "synchronous_timeout", 1000, true, 60),
        new(2, "salt", "SALT", "http://nsp.example/salt", At, 1, "urn:s", "synchronous_timeout", 500, true, 10),
    ];

    [Fact]
    public void Without_override_rows_the_view_is_shown_as_it_is_grouped_and_ordered()
    {
        var view = DccConfiguration.For("node-a", Rows, []);

        Assert.Equal(["ODR", "SALT"], view.Select(e => e.Name));
        Assert.Equal(["urn:a", "urn:b"], view[0].Actions.Select(a => a.Name));
        Assert.Equal((1000L, true, (int?)60), (view[0].Actions[0].Timeout, view[0].Actions[0].UseProxy, view[0].Actions[0].IdCardMaxAge));
        Assert.Null(view[0].DoNotVerifySslHostname);
    }

    [Fact]
    public void The_nodes_row_beats_the_general_one_and_its_non_null_values_replace_the_actions()
    {
        EndpointOverride[] overrides =
        [
            new("ODR", null, null, null, 9000, null, null, null),
            new("ODR", "node-a", "//region-a.example", false, null, 5, true, "strip"),
        ];

        var nodeA = DccConfiguration.For("node-a", Rows, overrides)[0];
        var nodeB = DccConfiguration.For("node-b", Rows, overrides)[0];
        var none = DccConfiguration.For(null, Rows, overrides)[0];

        Assert.Equal(new Uri("http://region-a.example/odr"), nodeA.Url);
        Assert.Equal([(1000L, false, (int?)5), (2000L, false, (int?)5)], nodeA.Actions.Select(a => (a.Timeout, a.UseProxy, a.IdCardMaxAge)));
        Assert.Equal((true, "strip"), (nodeA.DoNotVerifySslHostname, nodeA.WsaHeadersProcessing));
        Assert.Equal([(9000L, true, (int?)60), (9000L, false, (int?)null)], nodeB.Actions.Select(a => (a.Timeout, a.UseProxy, a.IdCardMaxAge)));
        Assert.Equal(nodeB, none with { Actions = nodeB.Actions });
        Assert.Equal(new Uri("http://nsp.example/odr"), nodeB.Url);
    }

    [Fact]
    public void An_override_row_is_checked_field_by_field()
    {
        Assert.Equal("timeout", Assert.Throws<ArgumentException>(() => NodeOverride.Create(new("ODR", null, null, null, 0, null, null, null))).ParamName);
        Assert.Equal("serviceUrl", Assert.Throws<ArgumentException>(() => NodeOverride.Create(new("ODR", null, "https://", null, null, null, null, null))).ParamName);
        Assert.Equal("node", Assert.Throws<ArgumentException>(() => NodeOverride.Create(new("ODR", " ", null, null, null, null, null, null))).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => NodeOverride.Create(new(new string('n', 256), null, null, null, null, null, null, null))).ParamName);
        var row = NodeOverride.Create(new("ODR", "n", "//h.example", true, 1, 2, false, "x"));
        Assert.Throws<ArgumentException>(() => row.Change(new("ODR", null, null, null, -1, null, null, null)));
        Assert.Equal(new EndpointOverride("ODR", "n", "//h.example", true, 1, 2, false, "x"), row.ToOverride());
    }
}
