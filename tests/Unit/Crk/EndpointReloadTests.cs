using Nsp.Domain.Crk;

namespace Nsp.Tests.Unit.Crk;

public sealed class EndpointReloadTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Without_an_active_version_the_source_is_a_change()
    {
        Assert.True(EndpointReload.IsChanged(null, Definition("2026-12-01T10:00:00Z")));
    }

    [Fact]
    public void The_same_externaltime_is_no_change_whatever_else_differs()
    {
        var active = EndpointReload.NewVersion("odr", Definition("2026-12-01T10:00:00Z", "urn:a"), 0, Now);

        Assert.False(EndpointReload.IsChanged(active, Definition("2026-12-01T10:00:00Z", "urn:b", "urn:c")));
        Assert.True(EndpointReload.IsChanged(active, Definition("2026-12-01T10:00:00.001Z", "urn:a")));
    }

    [Fact]
    public void A_new_version_is_the_highest_plus_one_active_created_now()
    {
        var version = EndpointReload.NewVersion("odr", Definition("2026-12-01T10:00:00Z"), 7, Now);

        Assert.Equal((8L, true, Now, Now, "odr"), (version.Version, version.Active, version.CreatedTime, version.LastModified, version.ConfigId));
    }

    [Fact]
    public void Deactivating_marks_the_time()
    {
        var version = EndpointReload.NewVersion("odr", Definition("2026-12-01T10:00:00Z"), 0, Now);

        version.Deactivate(Now.AddHours(1));

        Assert.Equal((false, Now.AddHours(1), Now), (version.Active, version.LastModified, version.CreatedTime));
    }

    [Fact]
    public void Loaded_actions_take_operations_flags_from_the_same_named_old_action_and_their_values_from_the_source()
    {
        var old = EndpointAction.Load(1, new DksActionDefinition("urn:a", EndpointAction.SynchronousTimeout, 100, true, 10), null);
        old.OverrideProxy(false);
        old.SetActive(false);

        var actions = EndpointReload.Actions(2, Definition("2026-12-01T10:00:00Z", "urn:a", "urn:new"), [old]);

        var (a, added) = (actions[0], actions[1]);
        Assert.Equal((2L, "urn:a", 30000L, (bool?)false, false, (long?)null), (a.EndpointId, a.Name, a.Timeout, a.ProxyOverride, a.Active, a.InheritedEndpoint));
        Assert.Equal(("urn:new", (bool?)null, true), (added.Name, added.ProxyOverride, added.Active));
    }

    [Fact]
    public void Vanished_actions_are_copied_with_every_flag_and_the_version_they_first_came_from()
    {
        var first = EndpointAction.Load(1, new DksActionDefinition("urn:gone", EndpointAction.SynchronousTimeout, 100, false, 10), null);
        first.OverrideProxy(true);

        var copied = Assert.Single(EndpointReload.Actions(2, Definition("2026-12-01T10:00:00Z"), [first]));
        var copiedAgain = Assert.Single(EndpointReload.Actions(3, Definition("2026-12-02T10:00:00Z"), [copied]));

        Assert.Equal((2L, (long?)1, 100L, false, (bool?)true, (int?)10, true), (copied.EndpointId, copied.InheritedEndpoint, copied.Timeout, copied.UseProxy, copied.ProxyOverride, copied.IdCardMaxAge, copied.Active));
        Assert.Equal((3L, (long?)1), (copiedAgain.EndpointId, copiedAgain.InheritedEndpoint));
        Assert.True(copied.EffectiveUseProxy);
    }

    [Fact]
    public void A_definition_refuses_duplicate_action_names_and_missing_parts()
    {
        var action = new DksActionDefinition("urn:a", EndpointAction.SynchronousTimeout, 1, true, null);
        var at = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);

        Assert.Contains("listed twice", Assert.Throws<CrkDefinitionException>(() => DksEndpointDefinition.Create("X", "https://x.example/", at, [action, action])).Message, StringComparison.Ordinal);
        Assert.Contains("no name", Assert.Throws<CrkDefinitionException>(() => DksEndpointDefinition.Create(" ", "https://x.example/", at, [])).Message, StringComparison.Ordinal);
        Assert.Contains("no url", Assert.Throws<CrkDefinitionException>(() => DksEndpointDefinition.Create("X", null, at, [])).Message, StringComparison.Ordinal);
        Assert.Contains("no externaltime", Assert.Throws<CrkDefinitionException>(() => DksEndpointDefinition.Create("X", "https://x.example/", null, [])).Message, StringComparison.Ordinal);
        Assert.Contains("model", Assert.Throws<CrkDefinitionException>(() => DksEndpointDefinition.Create("X", "https://x.example/", at, [action with { Model = "async" }])).Message, StringComparison.Ordinal);
        Assert.Contains("timeout", Assert.Throws<CrkDefinitionException>(() => DksEndpointDefinition.Create("X", "https://x.example/", at, [action with { Timeout = 0 }])).Message, StringComparison.Ordinal);
        Assert.Contains("http or https", Assert.Throws<CrkDefinitionException>(() => DksEndpointDefinition.Create("X", "/x", at, [])).Message, StringComparison.Ordinal);
        Assert.Contains("http or https", Assert.Throws<CrkDefinitionException>(() => DksEndpointDefinition.Create("X", "ftp://x.example/", at, [])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_externaltime_is_kept_to_whole_milliseconds_in_utc()
    {
        var definition = DksEndpointDefinition.Create("X", "https://x.example/", new DateTime(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc).AddTicks(12_345_678), []);

        Assert.Equal(new DateTime(2026, 12, 1, 10, 0, 1, 234, DateTimeKind.Utc), definition.ExternalTime);
    }

    private static DksEndpointDefinition Definition(string externalTime, params string[] actions) =>
        DksEndpointDefinition.Create(
            "ODR",
            "https://nsp.example/odr",
            DateTimeOffset.Parse(externalTime, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime,
            actions.Select(a => new DksActionDefinition(a, EndpointAction.SynchronousTimeout, 30000, true, 1440)));
}
