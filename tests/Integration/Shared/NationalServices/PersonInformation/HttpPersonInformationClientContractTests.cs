using Nsp.Infrastructure.Shared.NationalServices.PersonInformation;

namespace Nsp.Tests.Integration.Shared.NationalServices.PersonInformation;

// Kestrel servers and short timeouts: run one class at a time, so a busy 2-core machine does not trip the timeouts.
[Collection("OutboundHttp")]
public sealed class HttpPersonInformationClientContractTests : PersonInformationClientContractTests
{
    private TestPersonInformationServer? _server;

    protected override async Task<PersonInformationSettings> PrepareAsync(IReadOnlyList<RegistryEntry> registry)
    {
        _server = await TestPersonInformationServer.StartAsync();
        foreach (var e in registry)
        {
            _server.Add(e.Cpr, e.Status, e.StatusStartDate);
        }

        return new PersonInformationSettings { Mode = PersonInformationMode.Http, Url = _server.Url, RequestTimeout = TimeSpan.FromSeconds(5) };
    }

    protected override async Task CleanUpAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
