using Nsp.Application.Odr.Registrations;

namespace Nsp.Tests.Unit.Odr.Registrations;

public sealed class RegistrationDetailsTests
{
    [Fact]
    public void Details_are_read_from_a_registration()
    {
        Assert.Throws<ArgumentNullException>(() => RegistrationDetails.From(null!));
    }
}
