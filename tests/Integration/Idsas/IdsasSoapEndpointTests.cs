using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Xml;
using Nsp.Tests.Integration.Shared.Hosting;
using Nsp.Tests.Integration.Shared.Soap;
using Nsp.Tests.Integration.Shared.Sts;
using static Nsp.Tests.Integration.Idsas.IdsasSoapBodies;
using Nsp.Tests.Integration.Shared.Status;

namespace Nsp.Tests.Integration.Idsas;

/// <summary>IDSAS through HTTP: the real host, SOAP envelopes with signed test-STS cards, the served WSDLs.</summary>
public sealed class IdsasSoapEndpointTests : IDisposable
{

    private readonly IdsasSoapHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Registration_and_operations_status_answer_503_while_PersonInformation_is_beyond_its_tolerance()
    {
        foreach (var page in new[] { "/idsas-registration/status", "/idsas-operations/status" })
        {
            using var healthy = await _host.Client.GetAsync(new Uri(page, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        }

        // The seed's default tolerance is 0: one failure within the window makes the dependency failing. Each part
        // counts in its own window (its own file's personinformation.*), so a failure of registration's
        // PersonInformation leaves operations' page healthy.
        foreach (var (page, key) in new[]
        {
            ("/idsas-registration/status", Nsp.Application.Idsas.IdsasParts.RegistrationPersonInformation),
            ("/idsas-operations/status", Nsp.Application.Idsas.IdsasParts.OperationsPersonInformation),
        })
        {
            _host.Factory.Services.GetRequiredKeyedService<Nsp.Application.Shared.Health.DependencyErrorWindow>(key).RecordFailure();
            using var failing = await _host.Client.GetAsync(new Uri(page, UriKind.Relative));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, failing.StatusCode);
            Assert.Contains("Person Information servicen har fejlet", await failing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            if (page == "/idsas-registration/status")
            {
                using var other = await _host.Client.GetAsync(new Uri("/idsas-operations/status", UriKind.Relative));
                Assert.Equal(HttpStatusCode.OK, other.StatusCode);
            }
        }

        using var lookup = await _host.Client.GetAsync(new Uri("/idsas-lookup/status", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);
    }

    [Fact]
    public async Task A_blurring_created_by_a_whitelisted_cvr_is_found_by_lookup_at_both_lookup_paths()
    {
        var (createStatus, created) = await _host.CallAsync(Registration2023, CreateBlurring(IdsasTestProperties.LivingCpr, DaysAhead(1)));

        Assert.Equal(200, createStatus);
        Assert.Equal("CreateBlurringResponse", created.LocalName);
        Assert.Equal("OK", created.InnerText);
        foreach (var path in new[] { Lookup2024, Lookup2023 })
        {
            var (status, found) = await _host.CallAsync(path, GetBlurredOrganisations(IdsasTestProperties.LivingCpr));
            Assert.Equal(200, status);
            var organisation = Assert.Single(found.ChildNodes.OfType<XmlElement>());
            Assert.Equal(TestSts.Cvr, organisation["id", Ns2024]!.InnerText);
            Assert.Equal("CVR", organisation["classification", Ns2024]!.InnerText);
        }
    }

    [Fact]
    public async Task A_cvr_that_is_not_whitelisted_is_refused_with_not_authorized()
    {
        var card = TestSts.SignedCard(_host.Sts.SystemRequest() with { CareProviderId = "12345678" });

        var (status, fault) = await _host.CallAsync(Registration2023, CreateBlurring(IdsasTestProperties.LivingCpr, DaysAhead(1)), card);

        Assert.Equal(500, status);
        Assert.Equal("not_authorized", FaultCode(fault));
    }

    [Fact]
    public async Task A_malformed_cpr_is_a_processing_problem_naming_patientId()
    {
        var (status, fault) = await _host.CallAsync(Registration2023, CreateBlurring("12345", DaysAhead(1)));

        Assert.Equal(500, status);
        Assert.Equal("processing_problem", FaultCode(fault));
        Assert.Contains("patientId", fault["faultstring"]!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCurrentSalt_before_renew_salt_says_to_call_it_and_answers_after_it()
    {
        var (before, fault) = await _host.CallAsync(Salt2023, GetCurrentSalt());
        Assert.Equal(500, before);
        Assert.Equal("processing_problem", FaultCode(fault));
        Assert.Equal("soap:Server", fault["faultcode"]!.InnerText);
        Assert.Contains("renew-salt", fault["faultstring"]!.InnerText, StringComparison.Ordinal);

        using var renewed = await _host.Client.GetAsync(new Uri("/idsas-operations/renew-salt", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);

        var (after, salt) = await _host.CallAsync(Salt2023, GetCurrentSalt());
        Assert.Equal(200, after);
        Assert.Equal(32, Convert.FromBase64String(salt["salt", Ns2023]!.InnerText).Length);
    }

    [Fact]
    public async Task Department_blurrings_are_created_listed_and_removed()
    {
        string org = $"<t:org><t:id>123456789012345</t:id><t:classification>SOR</t:classification></t:org>";
        Assert.Equal("OK", (await _host.CallAsync(Registration2024, $"<t:CreateOrgBlurringRequest xmlns:t=\"{Ns2024}\">{org}</t:CreateOrgBlurringRequest>")).Body.InnerText);

        var listed = await ListAsync();
        Assert.Equal("123456789012345", Assert.Single(listed.ChildNodes.OfType<XmlElement>())["id", Ns2024]!.InnerText);

        Assert.Equal("OK", (await _host.CallAsync(Registration2024, $"<t:RemoveOrgBlurringRequest xmlns:t=\"{Ns2024}\">{org}</t:RemoveOrgBlurringRequest>")).Body.InnerText);
        Assert.Empty((await ListAsync()).ChildNodes.OfType<XmlElement>());
    }

    [Theory]
    [InlineData(Registration2023)]
    [InlineData(Registration2024)]
    [InlineData(Lookup2024)]
    [InlineData(Lookup2023)]
    [InlineData(Salt2023)]
    public async Task Each_endpoint_serves_a_wsdl_with_its_own_address_and_compiling_schemas(string path)
    {
        var contract = await WsdlContract.LoadAsync(_host.Client, new Uri(_host.Client.BaseAddress!, path + "?wsdl"));

        Assert.Equal(new Uri(_host.Client.BaseAddress!, path).ToString(), Assert.Single(contract.Addresses));
    }

    [Fact]
    public async Task Requests_and_responses_validate_against_the_served_contracts()
    {
        var registration = await Contract(Registration2023);
        var lookup = await Contract(Lookup2024);
        var salt = await Contract(Salt2023);
        var org = await Contract(Registration2024);
        string create = CreateBlurring(IdsasTestProperties.LivingCpr, DaysAhead(1));
        string find = GetBlurredOrganisations(IdsasTestProperties.LivingCpr);
        string saltRequest = GetCurrentSalt();
        string createOrg = $"<t:CreateOrgBlurringRequest xmlns:t=\"{Ns2024}\"><t:org><t:id>1234</t:id><t:classification>SHAK</t:classification></t:org></t:CreateOrgBlurringRequest>";
        string list = $"<t:ListAllActiveOrgBlurringsRequest xmlns:t=\"{Ns2024}\"/>";
        await _host.Client.GetAsync(new Uri("/idsas-operations/renew-salt", UriKind.Relative));

        foreach (var (contract, path, body) in new[]
                 {
                     (registration, Registration2023, create), (lookup, Lookup2024, find), (salt, Salt2023, saltRequest),
                     (org, Registration2024, createOrg), (org, Registration2024, list),
                 })
        {
            Assert.Empty(contract.Validate(Element(body)));
            var (status, answer) = await _host.CallAsync(path, body);
            Assert.Equal(200, status);
            Assert.Empty(contract.Validate(answer));
        }
    }

    [Fact]
    public async Task Every_call_writes_an_idsas_audit_line_refused_calls_too()
    {
        await _host.CallAsync(Registration2023, CreateBlurring(IdsasTestProperties.LivingCpr, DaysAhead(1)));
        await _host.CallAsync(Lookup2024, GetBlurredOrganisations(IdsasTestProperties.LivingCpr));
        await _host.CallAsync(Salt2023, GetCurrentSalt());

        var lines = _host.AuditLines().Where(l => l.Contains("dk.sds.nsp.audit.log.idsas", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Contains(lines, l => l.Contains("createBlurring", StringComparison.Ordinal) && l.Contains(TestSts.Cvr, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("getBlurredOrganisations", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("getCurrentSalt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_operations_pages_show_the_job_states_and_each_job_its_status_and_alarm()
    {
        string status = await _host.Client.GetStringAsync(new Uri("/idsas-operations/status", UriKind.Relative));
        Assert.Contains("Blurring Cleanup Job Status: NOT_STARTED", status, StringComparison.Ordinal);
        Assert.Contains("Blurring Cleanup Deceased Job Status: NOT_STARTED", status, StringComparison.Ordinal);
        Assert.Contains("Kafka Consumer Job Status: NOT_STARTED", status, StringComparison.Ordinal);

        using var cleanup = await _host.Client.GetAsync(new Uri("/idsas-operations/cleanup-blurrings", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, cleanup.StatusCode);
        foreach (var job in new[] { "renew-salt", "cleanup-blurrings", "cleanup-blurrings-deceased", "kafka-consume" })
        {
            Assert.Equal("Database: OK", StatusPageText.SeedPart(await _host.Client.GetStringAsync(new Uri($"/idsas-operations/{job}/status", UriKind.Relative))));
            using var alarm = await _host.Client.GetAsync(new Uri($"/idsas-operations/{job}/alarm", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, alarm.StatusCode);
        }

        Assert.Contains("Blurring Cleanup Job Status: FINISHED", await _host.Client.GetStringAsync(new Uri("/idsas-operations/status", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/idsas-registration/20230601/dksconfig", "/idsas-registration/20230601/registration")]
    [InlineData("/idsas-registration/20240124/dksconfig", "/idsas-registration/20240124/registration")]
    [InlineData("/idsas-lookup/20240124/dksconfig", "/idsas-lookup/20240124/lookup")]
    [InlineData("/idsas-lookup/20230601/dksconfig", Lookup2023)]
    [InlineData("/idsas-salt/dksconfig", "/idsas-salt/20230601/salt")]
    public async Task Each_dksconfig_names_the_dcc_endpoint_plus_the_versions_path(string dksconfig, string path)
    {
        var document = new XmlDocument();
        document.LoadXml(await _host.Client.GetStringAsync(new Uri(dksconfig, UriKind.Relative)));

        Assert.Equal(IdsasTestProperties.DccEndpoint + path, document.DocumentElement!["url", document.DocumentElement.NamespaceURI]!.InnerText);
    }

    private static XmlElement Element(string xml)
    {
        var document = new XmlDocument();
        document.LoadXml(xml);
        return document.DocumentElement!;
    }

    private Task<WsdlContract> Contract(string path) =>
        WsdlContract.LoadAsync(_host.Client, new Uri(_host.Client.BaseAddress!, path + "?wsdl"));

    private async Task<XmlElement> ListAsync() =>
        (await _host.CallAsync(Registration2024, $"<t:ListAllActiveOrgBlurringsRequest xmlns:t=\"{Ns2024}\"/>")).Body;
}
