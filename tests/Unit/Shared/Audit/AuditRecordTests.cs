using Nsp.Application.Shared.Audit;

namespace Nsp.Tests.Unit.Shared.Audit;

public sealed class AuditRecordTests
{
    private readonly AuditRecord _record = new(AuditRecord.CategoryFor("idsas"), DateTimeOffset.UnixEpoch);

    [Fact]
    public void A_category_names_the_service_and_the_operation_when_there_is_one()
    {
        Assert.Equal("dk.sds.nsp.audit.log.idsas", AuditRecord.CategoryFor("idsas"));
        Assert.Equal("dk.sds.nsp.audit.log.odr/createRegistration", AuditRecord.CategoryFor("odr", "createRegistration"));
    }

    [Fact]
    public void Components_keep_the_order_they_were_first_asked_for_and_a_name_is_one_component()
    {
        var first = _record.Component("IDSAS");
        _record.Component("MinLog");

        Assert.Same(first, _record.Component("IDSAS"));
        Assert.Equal(["IDSAS", "MinLog"], _record.Components.Select(c => c.Name));
    }

    [Fact]
    public void A_component_asked_for_first_is_created_ahead_of_the_others()
    {
        _record.Component("DROS");

        _record.ComponentFirst("CPRExists");

        Assert.Equal(["CPRExists", "DROS"], _record.Components.Select(c => c.Name));
    }

    [Fact]
    public void An_existing_component_asked_for_first_moves_ahead_and_keeps_its_contents()
    {
        _record.Component("DROS");
        var existing = _record.Component("CPRExists");
        existing.Context("lookup");

        var moved = _record.ComponentFirst("CPRExists");

        Assert.Same(existing, moved);
        Assert.Equal(["CPRExists", "DROS"], _record.Components.Select(c => c.Name));
        Assert.Single(moved.Contexts);
    }

    [Fact]
    public void The_components_read_are_a_snapshot_that_later_additions_do_not_change()
    {
        _record.Component("IDSAS");
        var read = _record.Components;

        _record.Component("MinLog");

        Assert.Single(read);
    }
}
