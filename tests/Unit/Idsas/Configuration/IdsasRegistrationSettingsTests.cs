using Nsp.Application.Idsas.Configuration;

namespace Nsp.Tests.Unit.Idsas.Configuration;

public sealed class IdsasRegistrationSettingsTests
{
    [Fact]
    public void By_default_the_STS_and_DRG_may_call_registration()
    {
        Assert.Equal(["http://system.nspop.dk/sts", "DRG"], IdsasRegistrationSettings.DefaultAllowedSystems);
    }
}
