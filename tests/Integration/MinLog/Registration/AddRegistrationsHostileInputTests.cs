using System.Net;
using System.Text;
using Nsp.Tests.Integration.Shared.Soap;
using B = Nsp.Tests.Integration.MinLog.Registration.RegistrationBodies;

namespace Nsp.Tests.Integration.MinLog.Registration;

/// <summary>AddRegistrations refuses hostile input with the gateway's faults before anything is stored: nesting
/// beyond <c>nsp.soap.max.depth</c>, a body beyond <c>nsp.soap.max.request.bytes</c> of <c>minlog.properties</c>
/// (64 KB here), a card not signed by the trusted STS, a card changed after signing, and a user card where system
/// cards are required. Each refusal is audited.</summary>
public sealed class AddRegistrationsHostileInputTests : IClassFixture<AddRegistrationsHostileInputTests.Fixture>
{
    private readonly MinLogRegistrationHost _host;

    public AddRegistrationsHostileInputTests(Fixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        _host = fixture.Host;
    }

    [Fact]
    public async Task Nesting_deeper_than_the_limit_is_a_syntax_error()
    {
        string cpr = B.Cpr(300, 1);
        string deep = string.Concat(Enumerable.Repeat("<x>", 200)) + string.Concat(Enumerable.Repeat("</x>", 200));
        string body = B.Request(B.Entry(cpr, Guid.NewGuid().ToString(), new Dictionary<string, string?> { ["Unknown"] = deep }));

        AssertRefused(await _host.AddAsync(body), "syntax_error", cpr);
    }

    [Fact]
    public async Task A_body_larger_than_the_parts_limit_is_a_syntax_error()
    {
        string cpr = B.Cpr(300, 2);
        string padding = "<!--" + new StringBuilder().Append('a', 100 * 1024) + "-->";
        string body = B.Request(B.Entry(cpr, Guid.NewGuid().ToString()) + padding);

        AssertRefused(await _host.AddAsync(body), "syntax_error", cpr);
    }

    [Fact]
    public async Task A_card_signed_by_an_untrusted_key_is_refused()
    {
        string cpr = B.Cpr(300, 3);

        AssertRefused(await _host.AddAsync(B.Request(B.Entry(cpr, Guid.NewGuid().ToString())), _host.Sts.WronglySigned()), "invalid_certificate", cpr);
    }

    [Fact]
    public async Task A_card_changed_after_signing_is_refused()
    {
        string cpr = B.Cpr(300, 4);

        AssertRefused(await _host.AddAsync(B.Request(B.Entry(cpr, Guid.NewGuid().ToString())), _host.Sts.Tampered()), "invalid_signature", cpr);
    }

    [Fact]
    public async Task A_user_card_is_refused_where_system_cards_are_required()
    {
        string cpr = B.Cpr(300, 5);

        var answer = await _host.AddAsync(B.Request(B.Entry(cpr, Guid.NewGuid().ToString())), _host.Sts.ValidUserCard());

        Assert.Equal(HttpStatusCode.InternalServerError, answer.Status);
        Assert.NotNull(answer.FaultCode);
        Assert.Empty(_host.Entries(cpr));
    }

    private void AssertRefused(SoapAnswer answer, string faultCode, string cpr)
    {
        Assert.Equal((HttpStatusCode.InternalServerError, faultCode), (answer.Status, answer.FaultCode));
        Assert.Empty(_host.Entries(cpr));
        var audit = _host.LastAudit();
        Assert.Equal((500, "dk.sds.nsp.audit.log.minlog"), (MinLogRegistrationHost.Code(audit), audit.GetProperty("category").GetString()));
    }

    /// <summary>The registration host with a 64 KB body limit in <c>minlog.properties</c>.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        private readonly MinLogRegistrationFixture<AddRegistrationsHostileInputTests> _inner = new()
        {
            Properties = new() { ["nsp.soap.max.request.bytes"] = (64 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };

        public MinLogRegistrationHost Host => _inner.Host;

        public Task InitializeAsync() => _inner.InitializeAsync();

        public Task DisposeAsync() => _inner.DisposeAsync();
    }
}
