using Nsp.Application.Shared.Audit;

namespace Nsp.Tests.Unit.Shared.Audit;

public sealed class AuditComponentEntryTests
{
    [Fact]
    public void A_component_needs_a_name()
    {
        Assert.Throws<ArgumentException>(() => new AuditComponentEntry(string.Empty));
        Assert.Equal("IDSAS", new AuditComponentEntry("IDSAS").Name);
    }
}
