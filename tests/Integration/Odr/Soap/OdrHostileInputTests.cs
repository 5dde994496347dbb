using System.Net;
using System.Text;
using B = Nsp.Tests.Integration.Odr.Soap.OdrSoapBodies;

namespace Nsp.Tests.Integration.Odr.Soap;

/// <summary>Every ODR operation, on both endpoints, refuses hostile input with the gateway's faults before anything
/// is read or stored: nesting beyond <c>nsp.soap.max.depth</c>, a body beyond the part's
/// <c>nsp.soap.max.request.bytes</c>, and cards not signed by the trusted STS or changed after signing. Each refusal is audited.</summary>
public sealed class OdrHostileInputTests : IDisposable
{
    private const string Cpr = OdrTestProperties.Living;
    private readonly OdrSoapHost _host = new();

    public static TheoryData<string, string> Operations()
    {
        var data = new TheoryData<string, string>();
        foreach (string path in new[] { "/odr/odr", "/odr/odrAdmin" })
        {
            foreach (string operation in new[] { B.Create, B.Update, B.Delete, B.Get, B.Has })
            {
                data.Add(path, operation);
            }
        }

        return data;
    }

    public void Dispose() => _host.Dispose();

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Nesting_deeper_than_the_limit_is_a_syntax_error(string path, string operation)
    {
        string deep = string.Concat(Enumerable.Repeat("<x>", 200)) + string.Concat(Enumerable.Repeat("</x>", 200));
        string body = B.For(operation, Cpr).Replace("</ns2:", deep + "</ns2:", StringComparison.Ordinal);

        var answer = await _host.CallAsync(path, body, _host.Admin());

        AssertRefused(answer, "syntax_error");
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task A_body_larger_than_the_parts_limit_is_a_syntax_error(string path, string operation)
    {
        // 300 KB of comment: over the part's 256 KB, under anything Kestrel refuses by itself.
        string padding = "<!--" + new StringBuilder().Append('a', 300 * 1024) + "-->";
        string body = B.For(operation, Cpr).Replace("</ns2:", padding + "</ns2:", StringComparison.Ordinal);

        var answer = await _host.CallAsync(path, body, _host.Admin());

        AssertRefused(answer, "syntax_error");
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task A_card_signed_by_an_untrusted_key_is_refused(string path, string operation)
    {
        var answer = await _host.CallAsync(path, B.For(operation, Cpr), _host.Sts.WronglySigned());

        AssertRefused(answer, "invalid_certificate");
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task A_card_changed_after_signing_is_refused(string path, string operation)
    {
        var answer = await _host.CallAsync(path, B.For(operation, Cpr), _host.Sts.Tampered());

        AssertRefused(answer, "invalid_signature");
    }

    private void AssertRefused(Shared.Soap.SoapAnswer answer, string faultCode)
    {
        Assert.Equal(HttpStatusCode.InternalServerError, answer.Status);
        Assert.Equal(faultCode, answer.FaultCode);
        Assert.Empty(_host.Rows(Cpr));
        Assert.Empty(_host.MinLog(Cpr));
        var audit = _host.LastAudit();
        Assert.Equal(500, OdrSoapHost.Code(audit));
        Assert.StartsWith("dk.sds.nsp.audit.log.odr", audit.GetProperty("category").GetString(), StringComparison.Ordinal);
    }
}
