using Nsp.Api.Idsas.FirstStart;

namespace Nsp.Tests.Unit.Idsas.FirstStart;

public sealed class IdsasFirstStartTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("nsp-first-start-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void A_fresh_config_directory_gets_every_idsas_file_naming_the_local_sample_system()
    {
        var written = IdsasFirstStart.WriteConfiguration(_directory);

        Assert.Equal(7, written.Count);
        string registration = File.ReadAllText(Path.Combine(_directory, "idsas-registration.properties"));
        Assert.Contains("idsas.registration.persist.strategy=DATABASE", registration, StringComparison.Ordinal);
        Assert.Contains("idsas.allowed.client.system.name=" + LocalSampleSystem.ItSystemName, registration, StringComparison.Ordinal);
        string lookup = File.ReadAllText(Path.Combine(_directory, "idsas-lookup.properties"));
        Assert.Contains("idsas.lookup.strategy=CPR", lookup, StringComparison.Ordinal);
        Assert.Contains("soresclient.mode=file", lookup, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_directory, IdsasFirstStart.SoresFileName)));
        Assert.Contains(LocalSampleSystem.PatientCpr, File.ReadAllText(Path.Combine(_directory, IdsasFirstStart.PersonsFileName)), StringComparison.Ordinal);
    }

    [Fact]
    public void An_operators_existing_file_is_never_overwritten()
    {
        string mine = Path.Combine(_directory, "idsas-lookup.properties");
        File.WriteAllText(mine, "idsas.lookup.strategy=HASH\n");

        var written = IdsasFirstStart.WriteConfiguration(_directory);

        Assert.DoesNotContain("idsas-lookup.properties", written);
        Assert.Equal("idsas.lookup.strategy=HASH\n", File.ReadAllText(mine));
    }

    [Fact]
    public void Each_first_start_gets_its_own_random_patient_id_salt()
    {
        string other = Directory.CreateTempSubdirectory("nsp-first-start-").FullName;
        try
        {
            IdsasFirstStart.WriteConfiguration(_directory);
            IdsasFirstStart.WriteConfiguration(other);

            Assert.NotEqual(
                File.ReadAllText(Path.Combine(_directory, "idsas-patient-id-salt.properties")),
                File.ReadAllText(Path.Combine(other, "idsas-patient-id-salt.properties")));
        }
        finally
        {
            Directory.Delete(other, recursive: true);
        }
    }
}
