using Nsp.Tests.Integration.Shared.Hosting;

namespace Nsp.Tests.Integration.Odr.Soap;

/// <summary>ODR's property files as an operator would write them for a test host: <c>odr.properties</c> (the admin
/// system, the DCC endpoint) and <c>operations.properties</c> (PersonInformation and Digital Post from files).</summary>
public static class OdrTestProperties
{
    public const string AdminSystem = "ODR Admin";
    public const string DccEndpoint = "http://nsp.test.invalid:8080";

    /// <summary>The citizen of the test STS's IDWS token; alive (01).</summary>
    public const string Citizen = "0202904321";

    /// <summary>Another living person (01).</summary>
    public const string Living = "1111111118";

    /// <summary>Born 2020: under 15, alive.</summary>
    public const string UnderFifteen = "0101204000";

    /// <summary>Dead (90).</summary>
    public const string Dead = "0101501234";

    /// <summary>Emigrated (80).</summary>
    public const string Emigrated = "0101602345";

    /// <summary>A well-formed CPR the registry file does not hold.</summary>
    public const string Unknown = "0101703456";

    public static IReadOnlyList<string> Cprs { get; } = [Citizen, Living, UnderFifteen, Dead, Emigrated, Unknown];

    /// <summary>The PersonInformation registry file in the configuration directory.</summary>
    public const string PersonsFileName = "odr-persons.json";

    public static void WriteDefaults(string configDirectory)
    {
        Directory.CreateDirectory(configDirectory);
        string persons = Path.Combine(configDirectory, PersonsFileName);
        File.WriteAllText(persons, $$"""
            [{"cpr":"{{Citizen}}","status":"01","statusStartDate":"1990-02-02"},
             {"cpr":"{{Living}}","status":"01","statusStartDate":"2000-01-01"},
             {"cpr":"{{UnderFifteen}}","status":"01","statusStartDate":"2020-01-01"},
             {"cpr":"{{Dead}}","status":"90","statusStartDate":"2020-01-01"},
             {"cpr":"{{Emigrated}}","status":"80","statusStartDate":"2021-01-01"}]
            """);

        IdsasTestProperties.Write(configDirectory, "odr", new()
        {
            ["odr.admin.allowed.client.system.name"] = AdminSystem,
            ["dcc.endpoint"] = DccEndpoint,
        });
        IdsasTestProperties.Write(configDirectory, "operations", new()
        {
            ["personinformation.mode"] = "file",
            ["personinformation.file"] = persons,
            ["digitalpost.mode"] = "file",
            ["digitalpost.file"] = Path.Combine(configDirectory, "odr-letters.jsonl"),
            ["digitalpost.notification.odr.startdate"] = "2026-01-01",
        });
    }
}
