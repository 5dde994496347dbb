namespace Nsp.Api.Shared.Soap;

public static class SoapGatewayServiceCollectionExtensions
{
    /// <summary>Registers what every SOAP endpoint shares: the parsing limits (<c>nsp.soap.*</c>) and the IDWS replay
    /// guard (<c>nsp.idws.*</c>). Read here, so a bad value stops start-up with a message naming the key.</summary>
    public static IServiceCollection AddSoapGateway(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(SoapParsingLimits.From(configuration));
        services.AddSingleton(IdwsReplayGuard.From(configuration));
        return services;
    }
}
