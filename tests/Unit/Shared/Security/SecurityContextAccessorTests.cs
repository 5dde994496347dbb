using Nsp.Application.Shared.Security;

namespace Nsp.Tests.Unit.Shared.Security;

public sealed class SecurityContextAccessorTests
{
    [Fact]
    public void Before_a_context_is_set_there_is_none_and_asking_for_it_is_refused()
    {
        var accessor = new SecurityContextAccessor();

        Assert.False(accessor.HasContext);
        var refused = Assert.Throws<InvalidOperationException>(() => accessor.Current);
        Assert.Equal("No security context has been established for this call.", refused.Message);
    }

    [Fact]
    public void The_context_set_is_the_current_one_and_setting_it_again_is_allowed()
    {
        var accessor = new SecurityContextAccessor();
        var context = new SecurityContext { Kind = CallerKind.SystemCard };

        accessor.Set(context);
        accessor.Set(context);

        Assert.True(accessor.HasContext);
        Assert.Same(context, accessor.Current);
    }

    [Fact]
    public void Another_context_cannot_replace_the_calls_context()
    {
        var accessor = new SecurityContextAccessor();
        var first = new SecurityContext { Kind = CallerKind.SystemCard };
        accessor.Set(first);

        var refused = Assert.Throws<InvalidOperationException>(() => accessor.Set(new SecurityContext { Kind = CallerKind.SystemCard }));

        Assert.Equal("The security context of a call cannot be replaced.", refused.Message);
        Assert.Same(first, accessor.Current);
    }

    [Fact]
    public void A_null_context_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new SecurityContextAccessor().Set(null!));
    }
}
