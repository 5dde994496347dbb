using System.Net;
using System.Text;
using Nsp.Tests.Integration.Shared.Database;
using H = Nsp.Tests.Integration.MinLog.Lookup.MinLogLookupHost;

namespace Nsp.Tests.Integration.MinLog.Lookup;

/// <summary>ListLogStatements refuses hostile and malformed input with the gateway's or the reader's fault before
/// anything is read: nesting beyond <c>nsp.soap.max.depth</c>, a body beyond the part's size limit, cards not signed
/// by the trusted STS or changed after signing, and bodies the schema forbids. Each refusal is audited, and no entry
/// leaks into the answer.</summary>
public sealed class MinLogLookupHostileInputTests(PostgresClassDatabase<MinLogLookupHostileInputTests> database)
    : IClassFixture<PostgresClassDatabase<MinLogLookupHostileInputTests>>
{
    private static readonly DateTime T1 = new(2024, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    private const string Close = "</ml:ListLogStatementsRequest>";

    [Fact]
    public async Task Nesting_deeper_than_the_limit_is_a_syntax_error()
    {
        string deep = string.Concat(Enumerable.Repeat("<x>", 200)) + string.Concat(Enumerable.Repeat("</x>", 200));
        await AssertRefusedAsync(h => h.CallAsync(H.Body(H.Citizen).Replace(Close, deep + Close, StringComparison.Ordinal)), "syntax_error");
    }

    [Fact]
    public async Task A_body_larger_than_the_parts_limit_is_a_syntax_error()
    {
        string padding = "<!--" + new StringBuilder().Append('a', 100 * 1024) + "-->";
        await AssertRefusedAsync(h => h.CallAsync(H.Body(H.Citizen).Replace(Close, padding + Close, StringComparison.Ordinal)), "syntax_error");
    }

    [Fact]
    public async Task A_card_signed_by_an_untrusted_key_is_refused() =>
        await AssertRefusedAsync(h => h.CallAsync(H.Body(H.Citizen), h.Sts.WronglySigned()), "invalid_certificate");

    [Fact]
    public async Task A_card_changed_after_signing_is_refused() =>
        await AssertRefusedAsync(h => h.CallAsync(H.Body(H.Citizen), h.Sts.Tampered()), "invalid_signature");

    [Theory]
    [InlineData("<cprNR>0202904321</cprNR><fraDato>yesterday</fraDato>", "fraDato")]
    [InlineData("<fraDato>2024-01-01T00:00:00Z</fraDato><cprNR>0202904321</cprNR>", "misplaced")]
    [InlineData("<cprNR>0202904321</cprNR><cprNR>1111111118</cprNR>", "repeated")]
    [InlineData("<ml:cprNR>0202904321</ml:cprNR>", "unqualified")]
    [InlineData("<fraDato>2024-01-01T00:00:00Z</fraDato>", "lacks the element cprNR")]
    [InlineData("<cprNR>0202904321</cprNR><pageSize>10</pageSize>", "unexpected element pageSize")]
    public async Task A_body_the_schema_forbids_is_a_syntax_error_naming_the_element(string content, string expected)
    {
        string body = $"<ml:ListLogStatementsRequest xmlns:ml=\"{Nsp.Api.MinLog.Lookup.MinLogLookupContract.Namespace}\">{content}</ml:ListLogStatementsRequest>";
        var answer = await AssertRefusedAsync(h => h.CallAsync(body), "syntax_error");
        Assert.Contains(expected, answer.FaultString, StringComparison.Ordinal);
    }

    private async Task<Shared.Soap.SoapAnswer> AssertRefusedAsync(Func<H, Task<Shared.Soap.SoapAnswer>> call, string faultCode)
    {
        await using var host = await H.StartAsync(database.Database);
        await host.WhitelistAsync();
        await host.AddEntryAsync("reg-secret", H.Citizen, T1);

        var answer = await call(host);

        Assert.Equal(HttpStatusCode.InternalServerError, answer.Status);
        Assert.Equal(faultCode, answer.FaultCode);
        Assert.DoesNotContain("reg-secret", answer.Text, StringComparison.Ordinal);
        var audit = host.LastAudit();
        Assert.Equal(500, H.Code(audit));
        Assert.Equal("dk.sds.nsp.audit.log.minlog", audit.GetProperty("category").GetString());
        Assert.Equal(1, await host.CountAsync(H.Citizen));
        return answer;
    }
}
