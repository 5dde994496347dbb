namespace Nsp.Application.Idsas;

/// <summary>IDSAS's parts (the seed's deployables, as <c>nsp.services</c> names them) and the keys of the services
/// each part configures from its own property file: registration and operations may run in one process with
/// different <c>personinformation.*</c> settings, so each part's PersonInformation is a keyed service.</summary>
public static class IdsasParts
{
    public const string Registration = "idsas-registration";
    public const string Lookup = "idsas-lookup";
    public const string Salt = "idsas-salt";
    public const string Operations = "idsas-operations";

    /// <summary>Key of registration's PersonInformation client and error window (<c>idsas-registration.properties</c>).</summary>
    public const string RegistrationPersonInformation = "personinformation:" + Registration;

    /// <summary>Key of operations' PersonInformation client and error window (<c>idsas-operations.properties</c>).</summary>
    public const string OperationsPersonInformation = "personinformation:" + Operations;
}
