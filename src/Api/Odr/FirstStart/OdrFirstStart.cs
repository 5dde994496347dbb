using System.Globalization;
using System.Text;
using Nsp.Api.Idsas.FirstStart;

namespace Nsp.Api.Odr.FirstStart;

/// <summary>
/// What an operator would enter before ODR's first call on the embedded default (<c>nsp.sts.federation=local</c>):
/// <c>odr.properties</c> (the local sample system as the admin UI, the DCC endpoint), <c>operations.properties</c>
/// (PersonInformation and Digital Post from files, the notification start date) and a sample persons file with the
/// sample citizen, a person under 15, a dead one and an emigrated one. Each only when absent, never overwritten.
/// </summary>
public static class OdrFirstStart
{
    public const string PersonsFileName = "odr-sample-persons.json";
    public const string LettersFileName = "odr-sample-letters.jsonl";
    public const string DefaultDccEndpoint = "http://localhost:5000";

    /// <summary>Born 2020: too young to register.</summary>
    public const string UnderFifteenCpr = "0101204000";

    /// <summary>Dead (status 90): readable, not registrable.</summary>
    public const string DeadCpr = "0101501234";

    /// <summary>Emigrated (status 80): readable, not registrable.</summary>
    public const string EmigratedCpr = "0101602345";

    /// <summary>Writes the files that are missing in <paramref name="configDirectory"/>; returns their names.</summary>
    public static IReadOnlyList<string> WriteConfiguration(string configDirectory, DateOnly today)
    {
        Directory.CreateDirectory(configDirectory);
        var written = new List<string>();
        string persons = Path.GetFullPath(Path.Combine(configDirectory, PersonsFileName));
        WriteIfAbsent(persons, $$"""
            [{"cpr":"{{LocalSampleSystem.PatientCpr}}","status":"01","statusStartDate":"1970-01-01"},
             {"cpr":"{{UnderFifteenCpr}}","status":"01","statusStartDate":"2020-01-01"},
             {"cpr":"{{DeadCpr}}","status":"90","statusStartDate":"2024-01-01"},
             {"cpr":"{{EmigratedCpr}}","status":"80","statusStartDate":"2024-01-01"}]
            """ + "\n", written);
        string letters = Path.GetFullPath(Path.Combine(configDirectory, LettersFileName));
        WriteIfAbsent(Path.Combine(configDirectory, "odr.properties"),
            Header + "odr.admin.allowed.client.system.name=" + LocalSampleSystem.ItSystemName + "\ndcc.endpoint=" + DefaultDccEndpoint + "\n", written);
        // The notification job sends nothing before its start date: the first start's day, so no backlog of letters.
        WriteIfAbsent(Path.Combine(configDirectory, "operations.properties"),
            Header
            + "personinformation.mode=file\npersoninformation.file=" + Escape(persons) + "\n"
            + "digitalpost.mode=file\ndigitalpost.file=" + Escape(letters) + "\n"
            + "digitalpost.notification.odr.startdate=" + today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\n",
            written);
        return written;
    }

    private const string Header = "# Written by the embedded default's first start (nsp.sts.federation=local); edit freely.\n";

    private static void WriteIfAbsent(string path, string text, List<string> written)
    {
        if (File.Exists(path))
        {
            return;
        }

        File.WriteAllText(path, text, Encoding.UTF8);
        written.Add(Path.GetFileName(path));
    }

    // Java properties treat a backslash as an escape (Windows paths).
    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal);
}
