using Nsp.Application.Odr.Audit;
using Nsp.Application.Odr.Registrations;

namespace Nsp.Tests.Unit.Odr.Registrations;

public sealed class RegistrationAuditingTests
{
    [Fact]
    public void A_record_and_organs_are_required()
    {
        Assert.Throws<ArgumentNullException>(() => RegistrationAuditing.Context(null!, OdrAudit.GetContext));
        Assert.Throws<ArgumentNullException>(() => RegistrationAuditing.OrganValues(null!).ToList());
    }
}
