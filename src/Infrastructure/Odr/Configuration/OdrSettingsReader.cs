using Microsoft.Extensions.Configuration;
using Nsp.Application.Odr.Configuration;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Infrastructure.Odr.Configuration;

/// <summary>Builds ODR's typed settings from the operator's property files.</summary>
public static class OdrSettingsReader
{
    public static OdrSettings Odr(IConfiguration configuration)
    {
        var section = new PropertySection(configuration, OdrPropertyKeys.OdrFile);
        return new OdrSettings
        {
            AdminAllowedSystems = section.GetList(OdrPropertyKeys.AdminAllowedClientSystemName, []),
        };
    }
}
