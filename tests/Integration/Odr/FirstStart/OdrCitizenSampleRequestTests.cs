using System.Net;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Api.Odr.FirstStart;
using Nsp.Api.Odr.Soap;
using Nsp.Api.Shared.Soap;
using Nsp.Infrastructure.Shared.Configuration;
using Nsp.Tests.Integration.Shared.Hosting;
using Nsp.Tests.Integration.Shared.Soap;

namespace Nsp.Tests.Integration.Odr.FirstStart;

/// <summary>The citizen's sample requests (ADR 0033) against the embedded default as a fresh machine has it: the
/// local STS's citizen token and the holder-of-key signature are accepted, and the replay guard lets each printed
/// envelope in once.</summary>
public sealed class OdrCitizenSampleRequestTests : IDisposable
{
    private readonly NspHostFactory _factory = new(new Dictionary<string, string?> { ["nsp.services"] = "odr" }, writeIdsasProperties: false);
    private readonly HttpClient _client;
    private readonly NspHostOptions _options;

    public OdrCitizenSampleRequestTests()
    {
        _client = _factory.CreateClient();
        _options = NspHostOptions.From(_factory.Services.GetRequiredService<IConfiguration>());
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task The_printed_citizen_has_request_is_answered_once_and_its_repeat_refused_as_a_replay()
    {
        string envelope = Print("CitizenHasOrganDonorRegistration");

        var first = await PostAsync(envelope, OdrSoapContract.HasOrganDonorRegistration);
        var repeat = await PostAsync(envelope, OdrSoapContract.HasOrganDonorRegistration);

        Assert.True(first.Status == HttpStatusCode.OK, first.Text);
        Assert.Equal("false", first.First(string.Empty, OdrSoapContract.RegistrationExistsElement));
        Assert.Equal(HttpStatusCode.InternalServerError, repeat.Status);
        Assert.Equal(SoapFaultCodes.SecurityLevelFailed, repeat.FaultCode);
        Assert.Contains("already been received", repeat.FaultString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_citizen_creates_their_own_registration_and_a_fresh_has_request_sees_it()
    {
        var created = await PostAsync(Print("CitizenCreateOrganDonorRegistration"), OdrSoapContract.CreateOrganDonorRegistration);
        var has = await PostAsync(Print("CitizenHasOrganDonorRegistration"), OdrSoapContract.HasOrganDonorRegistration);

        Assert.True(created.Status == HttpStatusCode.OK, created.Text);
        Assert.Equal("true", has.First(string.Empty, OdrSoapContract.RegistrationExistsElement));
    }

    private string Print(string operation) =>
        OdrSampleRequest.Envelope(operation, _options, TimeProvider.System) ?? throw new InvalidOperationException($"{operation} is not offered.");

    private async Task<SoapAnswer> PostAsync(string envelope, string operation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/odr/odr", UriKind.Relative))
        {
            Content = new StringContent(envelope, Encoding.UTF8, "text/xml"),
        };
        request.Headers.Add("SOAPAction", $"\"{OdrSoapContract.Action(operation)}\"");
        using var response = await _client.SendAsync(request);
        return await SoapAnswer.ReadAsync(response);
    }
}
