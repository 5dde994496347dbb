using System.Text;
using Nsp.Api.Shared.Soap;
using Nsp.Tests.Integration.Idsas;

namespace Nsp.Tests.Integration.Hostile;

/// <summary>Found by the hostile-input run (NSP_FUZZ_SEED=3, case 5721: inserted bytes made the declaration
/// <c>version="1.0ȋ"</c>): the XmlReader let it through, XmlDocument.Load threw ArgumentException, and the gateway
/// answered an internal error.</summary>
public sealed class XmlDeclarationRegressionTests : IAsyncLifetime
{
    private HostileIdsasHost _host = null!;

    public async Task InitializeAsync() => _host = await HostileIdsasHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("1.0\u020B")]
    [InlineData("1.0x")]
    [InlineData("1.0 ")]
    public async Task An_xml_declaration_with_a_malformed_version_is_a_syntax_error_not_an_internal_error(string version)
    {
        var request = HostileBaseRequests.Create(_host.Sts.ValidSystemCard(), IdsasSoapBodies.DaysAhead(1)).Single(r => r.Operation == "GetCurrentSalt");
        string envelope = request.Envelope.Replace("version=\"1.0\"", $"version=\"{version}\"", StringComparison.Ordinal);
        var hostile = new HostileCase(0, request, "POST", Encoding.UTF8.GetBytes(envelope), "text/xml; charset=utf-8", [], ["xml declaration"], MustBeRefused: true);

        var (status, contentType, allow, body) = await HostileSender.SendAsync(_host.Client, hostile, CancellationToken.None);

        Assert.Null(HostileOracle.Judge(hostile, status, contentType, allow, body, out string outcome));
        Assert.Equal("500 " + SoapFaultCodes.SyntaxError, outcome);
        Assert.Empty(_host.Logs.Errors);
    }
}
