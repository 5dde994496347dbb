using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nsp.Infrastructure.Idsas.Persistence;
using Nsp.Infrastructure.Shared.Configuration;
using Nsp.Tests.Integration.Shared.Hosting;
using Nsp.Tests.Integration.Shared.Status;

namespace Nsp.Tests.Integration.Shared.Operations;

/// <summary>Issue 10 item 4 (ADR 0027): operations URLs answer only callers in <c>nsp.operations.allowed.clients</c>,
/// every trigger and every refusal is audited, and answers carry no exception text.</summary>
public sealed class OperationsAllowListTests
{
    private static readonly string[] OperationsUrls =
    [
        "/idsas-operations/renew-salt",
        "/idsas-operations/cleanup-blurrings",
        "/idsas-operations/status",
        "/idsas-operations/version",
        "/idsas-operations/renew-salt/status",
        "/idsas-operations/renew-salt/alarm",
        "/idsas-operations/kafka-consume/alarm",
    ];

    [Fact]
    public async Task A_loopback_caller_on_a_real_socket_may_trigger_a_job_and_its_audit_line_names_job_address_and_outcome()
    {
        using var host = new OperationsHost(kestrel: true);
        var before = await SaltCountAsync(host);

        var (status, body) = await host.GetAsync("/idsas-operations/renew-salt");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("renew-salt: FINISHED, 1 processed in 1 batches\n", body);
        Assert.Equal(before + 1, await SaltCountAsync(host));
        var line = Assert.Single(host.Audit.Lines);
        using var json = JsonDocument.Parse(line);
        Assert.Equal("dk.sds.nsp.audit.log.idsas", json.RootElement.GetProperty("category").GetString());
        Assert.Equal(200, json.RootElement.GetProperty("access").GetProperty("code").GetInt32());
        Assert.Equal("renew-salt", json.RootElement.GetProperty("access").GetProperty("idCardAttributes").GetProperty("medcom:ITSystemName").GetString());
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["client-address"] = "127.0.0.1",
                ["job"] = "renew-salt",
                ["outcome"] = "FINISHED",
                ["processed"] = "1",
                ["batches"] = "1",
            },
            Information(json, "IDSAS", "operations"));
    }

    [Fact]
    public async Task A_real_caller_outside_the_list_gets_403_a_log_line_and_an_audit_line_and_the_salt_is_not_renewed()
    {
        using var host = new OperationsHost(allowedClients: "10.0.0.0/8", kestrel: true);
        var before = await SaltCountAsync(host);

        var (status, body) = await host.GetAsync("/idsas-operations/renew-salt");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("Forbidden: 127.0.0.1 may not call operations URLs.\n", body);
        Assert.Equal(before, await SaltCountAsync(host));
        var warning = Assert.Single(host.Logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("operations URL", StringComparison.Ordinal));
        Assert.Contains("127.0.0.1", warning.Message, StringComparison.Ordinal);
        Assert.Contains("/idsas-operations/renew-salt", warning.Message, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(Assert.Single(host.Audit.Lines));
        Assert.Equal(403, json.RootElement.GetProperty("access").GetProperty("code").GetInt32());
        Assert.Equal("/idsas-operations/renew-salt", json.RootElement.GetProperty("access").GetProperty("path").GetString());
        Assert.Equal(
            new Dictionary<string, string> { ["client-address"] = "127.0.0.1", ["outcome"] = "REFUSED" },
            Information(json, "IDSAS", "operations"));
    }

    [Fact]
    public async Task Under_the_default_list_another_host_is_refused_every_operations_url_but_not_a_public_status_page()
    {
        using var host = new OperationsHost();
        host.ClientAddress.Address = IPAddress.Parse("203.0.113.7");
        var before = await SaltCountAsync(host);

        foreach (var url in OperationsUrls)
        {
            var (status, body) = await host.GetAsync(url);
            Assert.True(status == HttpStatusCode.Forbidden, $"{url} answered {status}");
            Assert.Equal("Forbidden: 203.0.113.7 may not call operations URLs.\n", body);
        }

        var (publicStatus, publicBody) = await host.GetAsync("/minlog/status");

        Assert.Equal(HttpStatusCode.OK, publicStatus);
        Assert.Equal("Database: OK", StatusPageText.SeedPart(publicBody));
        Assert.Equal(before, await SaltCountAsync(host));
        Assert.Equal(OperationsUrls.Length, host.Audit.Lines.Count);
        Assert.All(host.Audit.Lines, line => Assert.Contains("\"code\":403", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_caller_inside_a_listed_range_is_allowed_and_one_just_outside_it_is_refused()
    {
        using var host = new OperationsHost(allowedClients: "127.0.0.1/8, 10.20.0.0/16, 2001:db8::/32");

        host.ClientAddress.Address = IPAddress.Parse("10.20.3.4");
        var inside = await host.GetAsync("/idsas-operations/version");
        host.ClientAddress.Address = IPAddress.Parse("2001:db8:0:1::5");
        var insideV6 = await host.GetAsync("/idsas-operations/renew-salt/status");
        host.ClientAddress.Address = IPAddress.Parse("10.21.0.1");
        var outside = await host.GetAsync("/idsas-operations/version");

        Assert.Equal(HttpStatusCode.OK, inside.Status);
        Assert.StartsWith("Build-Version: ", inside.Body, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.OK, "Database: OK"), (insideV6.Status, StatusPageText.SeedPart(insideV6.Body)));
        Assert.Equal(HttpStatusCode.Forbidden, outside.Status);
    }

    [Fact]
    public async Task An_ipv4_mapped_ipv6_caller_is_judged_by_its_ipv4_address()
    {
        using var host = new OperationsHost(allowedClients: "10.20.0.0/16");

        host.ClientAddress.Address = IPAddress.Parse("::ffff:10.20.3.4");
        var inside = await host.GetAsync("/idsas-operations/renew-salt");
        host.ClientAddress.Address = IPAddress.Parse("::ffff:10.21.3.4");
        var outside = await host.GetAsync("/idsas-operations/renew-salt");

        Assert.Equal(HttpStatusCode.OK, inside.Status);
        Assert.Equal(HttpStatusCode.Forbidden, outside.Status);
        Assert.Equal("Forbidden: 10.21.3.4 may not call operations URLs.\n", outside.Body);
        Assert.Contains("\"key\":\"client-address\",\"type\":\"NPI\",\"value\":\"10.20.3.4\"", host.Audit.Lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_in_process_test_server_has_no_client_address_and_counts_as_this_host()
    {
        using var host = new OperationsHost(allowedClients: "10.0.0.0/8");

        var (status, _) = await host.GetAsync("/idsas-operations/version");

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public void A_malformed_entry_stops_start_up_naming_the_property_its_file_and_the_entry()
    {
        using var factory = new NspHostFactory(new Dictionary<string, string?>
        {
            ["nsp.services"] = "idsas-operations",
            ["nsp.operations.allowed.clients"] = "127.0.0.1/8,10.0.0.0/33",
        });

        var error = Assert.Throws<InvalidPropertyException>(() => factory.CreateClient());

        Assert.Equal("nsp.operations.allowed.clients", error.PropertyName);
        Assert.Contains("nsp.properties", error.Message, StringComparison.Ordinal);
        Assert.Contains("'10.0.0.0/33' is neither", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_run_answers_without_the_exception_text_while_its_alarm_page_shows_it()
    {
        using var host = new OperationsHost();
        File.Delete(Path.Combine(host.ConfigDirectory, "persons.json"));

        var (status, body) = await host.GetAsync("/idsas-operations/cleanup-blurrings-deceased");
        var (alarmStatus, alarm) = await host.GetAsync("/idsas-operations/cleanup-blurrings-deceased/alarm");

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Equal("cleanup-blurrings-deceased: FAILED, 0 processed in 0 batches; see the job's alarm page and the log\n", body);
        Assert.Equal(HttpStatusCode.InternalServerError, alarmStatus);
        Assert.Contains("persons.json", alarm, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(Assert.Single(host.Audit.Lines));
        Assert.Equal("FAILED", Information(json, "IDSAS", "operations")["outcome"]);
        Assert.Equal(500, json.RootElement.GetProperty("access").GetProperty("code").GetInt32());
    }

    private static async Task<int> SaltCountAsync(OperationsHost host)
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IdsasDbContext>().Salts.CountAsync();
    }

    private static Dictionary<string, string> Information(JsonDocument line, string component, string context)
    {
        var found = line.RootElement.GetProperty("audit").GetProperty("components").EnumerateArray()
            .Single(c => c.GetProperty("component").GetString() == component)
            .GetProperty("contexts").EnumerateArray()
            .Single(c => c.GetProperty("context").GetString() == context);
        return found.GetProperty("information").EnumerateArray()
            .ToDictionary(i => i.GetProperty("key").GetString()!, i => i.GetProperty("value").GetString()!);
    }
}
