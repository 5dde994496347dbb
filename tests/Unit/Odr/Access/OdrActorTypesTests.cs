using Nsp.Application.Odr.Access;

namespace Nsp.Tests.Unit.Odr.Access;

public sealed class OdrActorTypesTests
{
    [Fact]
    public void An_unknown_actor_type_has_no_audit_text()
    {
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => ((OdrActorType)99).ToAuditText());

        Assert.StartsWith("Unknown actor type.", refused.Message, StringComparison.Ordinal);
    }
}
