using Nsp.Infrastructure.Shared.NationalServices.PersonInformation;

namespace Nsp.Tests.Integration.Shared.NationalServices.PersonInformation;

public sealed class FilePersonInformationClientContractTests : PersonInformationClientContractTests
{
    private readonly RegistryFile _file = new();

    protected override Task<PersonInformationSettings> PrepareAsync(IReadOnlyList<RegistryEntry> registry)
    {
        _file.Write(registry);
        return Task.FromResult(new PersonInformationSettings { Mode = PersonInformationMode.File, File = _file.Path });
    }

    protected override Task CleanUpAsync()
    {
        _file.Dispose();
        return Task.CompletedTask;
    }
}
