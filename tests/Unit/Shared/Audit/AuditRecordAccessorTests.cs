using Nsp.Application.Shared.Audit;

namespace Nsp.Tests.Unit.Shared.Audit;

public sealed class AuditRecordAccessorTests
{
    [Fact]
    public void A_call_opens_one_record_stamped_now_and_a_second_open_is_refused()
    {
        var now = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
        var accessor = new AuditRecordAccessor(new ManualTimeProvider(now));

        var record = accessor.Open("dk.sds.nsp.audit.log.idsas");
        var refused = Assert.Throws<InvalidOperationException>(() => accessor.Open("dk.sds.nsp.audit.log.odr"));

        Assert.Same(record, accessor.Current);
        Assert.Equal(("dk.sds.nsp.audit.log.idsas", now), (record.Category, record.Timestamp));
        Assert.Equal("The audit record of this call is already open.", refused.Message);
    }
}
