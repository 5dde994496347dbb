using System.Text;

namespace Nsp.Tests.Integration.Shared.Hosting;

/// <summary>The IDSAS property files a test host starts with, as an operator would write them: DATABASE and CPR
/// strategies, PersonInformation and SORES registry files, the test STS's system allowed everywhere, and a patient-id salt.</summary>
public static class IdsasTestProperties
{
    public const string AllowedSystem = "Testsystem";
    public const string DccEndpoint = "http://nsp.test.invalid:8080";

    /// <summary>Alive in the registry file.</summary>
    public const string LivingCpr = "1111111118";

    /// <summary>Dead (status 90) in the registry file.</summary>
    public const string DeadCpr = "0101501234";

    public static void WriteDefaults(string configDirectory)
    {
        Directory.CreateDirectory(configDirectory);
        string persons = Path.Combine(configDirectory, "persons.json");
        File.WriteAllText(persons, $$"""
            [{"cpr":"{{LivingCpr}}","status":"01","statusStartDate":"2000-01-01"},
             {"cpr":"{{DeadCpr}}","status":"90","statusStartDate":"2020-01-01"}]
            """);
        string sores = Path.Combine(configDirectory, "sores.json");
        File.WriteAllText(sores, """{"sorEntities":[]}""");
        Write(configDirectory, "idsas-registration", new()
        {
            ["idsas.registration.persist.strategy"] = "DATABASE",
            ["idsas.allowed.client.system.name"] = AllowedSystem,
            ["dcc.endpoint"] = DccEndpoint,
            ["personinformation.mode"] = "file",
            ["personinformation.file"] = persons,
        });
        Write(configDirectory, "idsas-lookup", new()
        {
            ["idsas.lookup.strategy"] = "CPR",
            ["idsas.allowed.client.system.name"] = AllowedSystem,
            ["dcc.endpoint"] = DccEndpoint,
            ["soresclient.mode"] = "file",
            ["soresclient.file"] = sores,
        });
        Write(configDirectory, "idsas-salt", new()
        {
            ["idsas.allowed.client.system.name"] = AllowedSystem,
            ["dcc.endpoint"] = DccEndpoint,
        });
        Write(configDirectory, "idsas-operations", new()
        {
            ["personinformation.mode"] = "file",
            ["personinformation.file"] = persons,
        });
        Write(configDirectory, "idsas-patient-id-salt", new()
        {
            ["idsas.patient.id.saltPrefix"] = "saltprefix",
            ["idsas.patient.id.saltPostfix"] = "saltpostfix",
        });
    }

    /// <summary>Writes <c>&lt;file&gt;.properties</c> (Java properties, one <c>key=value</c> a line).</summary>
    public static void Write(string configDirectory, string file, Dictionary<string, string> properties)
    {
        var text = new StringBuilder();
        foreach (var (key, value) in properties)
        {
            text.Append(key).Append('=').Append(value.Replace("\\", "\\\\", StringComparison.Ordinal)).Append('\n');
        }

        File.WriteAllText(Path.Combine(configDirectory, file + ".properties"), text.ToString());
    }
}
