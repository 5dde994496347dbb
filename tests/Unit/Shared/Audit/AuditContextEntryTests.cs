using Nsp.Application.Shared.Audit;

namespace Nsp.Tests.Unit.Shared.Audit;

public sealed class AuditContextEntryTests
{
    [Fact]
    public void Setting_a_key_replaces_its_value_in_place_even_when_it_is_the_first()
    {
        var context = new AuditContextEntry("lookup").Add("patient-id", AuditInformationType.RPI, null).Add("found", AuditInformationType.NPI, "false");

        context.Set("patient-id", AuditInformationType.RPI, "0101801234");

        Assert.Equal(
            [new AuditInformation("patient-id", AuditInformationType.RPI, "0101801234"), new AuditInformation("found", AuditInformationType.NPI, "false")],
            context.Information);
    }

    [Fact]
    public void Setting_a_new_key_adds_it_at_the_end()
    {
        var context = new AuditContextEntry("lookup").Add("patient-id", AuditInformationType.RPI, "0101801234");

        context.Set("found", AuditInformationType.NPI, null);

        Assert.Equal(new AuditInformation("found", AuditInformationType.NPI, string.Empty), context.Information[^1]);
        Assert.Equal(2, context.Information.Count);
    }

    [Fact]
    public void A_context_needs_a_name()
    {
        Assert.Throws<ArgumentException>(() => new AuditContextEntry(string.Empty));
    }
}
