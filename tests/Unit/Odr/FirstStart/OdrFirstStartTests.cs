using Nsp.Api.Idsas.FirstStart;
using Nsp.Api.Odr.FirstStart;

namespace Nsp.Tests.Unit.Odr.FirstStart;

public sealed class OdrFirstStartTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("nsp-odr-first-start-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void A_fresh_config_directory_gets_odrs_files_with_the_sample_admin_and_file_clients()
    {
        var written = OdrFirstStart.WriteConfiguration(_directory, new DateOnly(2026, 3, 1));

        Assert.Equal([OdrFirstStart.PersonsFileName, "odr.properties", "operations.properties"], written);
        string odr = File.ReadAllText(Path.Combine(_directory, "odr.properties"));
        Assert.Contains("odr.admin.allowed.client.system.name=" + LocalSampleSystem.ItSystemName, odr, StringComparison.Ordinal);
        Assert.Contains("dcc.endpoint=", odr, StringComparison.Ordinal);
        string operations = File.ReadAllText(Path.Combine(_directory, "operations.properties"));
        Assert.Contains("personinformation.mode=file", operations, StringComparison.Ordinal);
        Assert.Contains("digitalpost.mode=file", operations, StringComparison.Ordinal);
        Assert.Contains("digitalpost.notification.odr.startdate=2026-03-01", operations, StringComparison.Ordinal);
        string persons = File.ReadAllText(Path.Combine(_directory, OdrFirstStart.PersonsFileName));
        Assert.All([LocalSampleSystem.PatientCpr, OdrFirstStart.UnderFifteenCpr, OdrFirstStart.DeadCpr, OdrFirstStart.EmigratedCpr],
            cpr => Assert.Contains(cpr, persons, StringComparison.Ordinal));
    }

    [Fact]
    public void An_operators_existing_file_is_never_overwritten()
    {
        string mine = Path.Combine(_directory, "operations.properties");
        File.WriteAllText(mine, "personinformation.mode=http\n");

        var written = OdrFirstStart.WriteConfiguration(_directory, new DateOnly(2026, 3, 1));

        Assert.DoesNotContain("operations.properties", written);
        Assert.Equal("personinformation.mode=http\n", File.ReadAllText(mine));
    }
}
