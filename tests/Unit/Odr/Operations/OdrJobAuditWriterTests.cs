using Nsp.Application.Odr.Audit;
using Nsp.Application.Odr.Operations;
using Nsp.Application.Shared.Audit;
using Nsp.Tests.Unit.Shared;
using NSubstitute;

namespace Nsp.Tests.Unit.Odr.Operations;

public sealed class OdrJobAuditWriterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private readonly IAuditLogWriter _log = Substitute.For<IAuditLogWriter>();
    private readonly List<AuditRecord> _written = [];

    public OdrJobAuditWriterTests() =>
        _log.When(l => l.Write(Arg.Any<AuditRecord>())).Do(c => _written.Add(c.Arg<AuditRecord>()));

    private OdrJobAuditWriter Writer() => new(_log, new ManualTimeProvider(Now));

    [Fact]
    public void A_line_has_odrs_category_and_component_the_time_and_what_the_job_describes()
    {
        Writer().Write(OdrJobAudit.DigitalPostSentContext, c => c.Add(OdrJobAudit.DigitalPostResponse, AuditInformationType.NPI, "ok"));

        var record = Assert.Single(_written);
        Assert.Equal((OdrAudit.Category, Now), (record.Category, record.Timestamp));
        var context = Assert.Single(Assert.Single(record.Components, c => c.Name == OdrAudit.Component).Contexts);
        Assert.Equal(OdrJobAudit.DigitalPostSentContext, context.Name);
        Assert.Equal([new AuditInformation(OdrJobAudit.DigitalPostResponse, AuditInformationType.NPI, "ok")], context.Information);
    }

    [Fact]
    public void Each_cpr_gets_a_line_of_its_own_as_regular_personal_data()
    {
        Writer().WriteEach(OdrJobAudit.DeceasedCleanupContext, OdrJobAudit.DeletedCpr, ["0101801234", "0202802345"]);

        Assert.Equal(
            [
                new AuditInformation(OdrJobAudit.DeletedCpr, AuditInformationType.RPI, "0101801234"),
                new AuditInformation(OdrJobAudit.DeletedCpr, AuditInformationType.RPI, "0202802345"),
            ],
            _written.Select(r => Assert.Single(Assert.Single(Assert.Single(r.Components).Contexts).Information)));
    }

    [Fact]
    public void The_description_and_the_cprs_are_required()
    {
        Assert.Throws<ArgumentNullException>(() => Writer().Write("context", null!));
        Assert.Throws<ArgumentNullException>(() => Writer().WriteEach("context", "key", null!));
        Assert.Empty(_written);
    }
}
