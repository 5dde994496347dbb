using System.Xml;
using Nsp.Api.Shared.Security;
using Nsp.Api.Shared.Soap;
using Nsp.Tests.Integration.Idsas;

namespace Nsp.Tests.Integration.Hostile;

/// <summary>Found by the hostile-input run (seed 20261207, cases 18, 137, 158, 256, 407 and 521 of the first 600):
/// SignedXml.LoadXml decodes SignatureValue, DigestValue and X509Certificate and throws FormatException on invalid
/// base64, which the verifier did not catch, so the gateway answered an internal error and logged it.</summary>
public sealed class SignatureBase64RegressionTests : IAsyncLifetime
{
    private HostileIdsasHost _host = null!;

    public async Task InitializeAsync() => _host = await HostileIdsasHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("SignatureValue", "!!not base64!!")]
    [InlineData("DigestValue", "æææ")]
    [InlineData("X509Certificate", "!!not base64!!")]
    [InlineData("X509Certificate", "QUJD=A")]
    public async Task A_card_whose_signature_holds_invalid_base64_is_an_invalid_signature_not_an_internal_error(string element, string value)
    {
        var request = HostileBaseRequests.Create(_host.Sts.ValidSystemCard(), IdsasSoapBodies.DaysAhead(1)).Single(r => r.Operation == "GetCurrentSalt");
        var document = new XmlDocument { PreserveWhitespace = true };
        document.LoadXml(request.Envelope);
        document.GetElementsByTagName(element, SosiNamespaces.Ds)[0]!.InnerText = value;

        var (status, answer) = await _host.SendAsync(request with { Envelope = document.OuterXml });

        Assert.Equal(500, status);
        Assert.Equal(SoapFaultCodes.InvalidSignature, IdsasSoapBodies.FaultCode(answer));
        Assert.Empty(_host.Logs.Errors);
    }
}
