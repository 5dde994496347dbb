using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Odr;
using Nsp.Domain.Odr;
using Nsp.Domain.Odr.Registrations;
using Nsp.Domain.Shared.Persons;
using Nsp.Infrastructure.Odr.Persistence;
using Nsp.Infrastructure.Shared.Persistence;
using Nsp.Tests.Integration.Shared.Database;
using Nsp.Tests.Integration.Shared.Hosting;
using Nsp.Tests.Integration.Shared.Logging;
using Nsp.Tests.Integration.Shared.NationalServices.DigitalPost;
using Nsp.Tests.Integration.Shared.NationalServices.PersonInformation;

namespace Nsp.Tests.Integration.Odr.Jobs;

/// <summary>The real host serving only odr-operations on a PostgreSQL test database or on SQLite (the embedded
/// default, in the host's own temporary data directory), with its property file
/// (<c>operations.properties</c>) pointing at an in-test PersonInformation and Digital Post that can be told to fail.
/// Every test starts from empty ODR tables and job states. Disposing fails when the application log holds a CPR.</summary>
public sealed class OdrJobsHost : IAsyncDisposable
{
    private readonly List<string> _cprs = [];

    private OdrJobsHost(TestPersonInformationServer persons, TestDigitalPostServer digitalPost, NspHostFactory factory)
    {
        Persons = persons;
        DigitalPost = digitalPost;
        Factory = factory;
        Client = factory.CreateClient();
    }

    /// <summary>A property key with this prefix is written to an older install's <c>cleanup.properties</c> instead
    /// of <c>operations.properties</c>.</summary>
    public const string InCleanupProperties = "cleanup.properties:";

    public TestPersonInformationServer Persons { get; }

    public TestDigitalPostServer DigitalPost { get; }

    public NspHostFactory Factory { get; }

    public HttpClient Client { get; }

    /// <summary>The jobs' today: the Danish date (ADR 0034).</summary>
    public static DateOnly Today => OdrToday.From(TimeProvider.System);

    public static async Task<OdrJobsHost> StartAsync(PostgresTestDatabase database, Dictionary<string, string>? properties = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        var host = await StartAsync(
            new Dictionary<string, string?> { ["nsp.db.provider"] = "postgresql", ["nsp.db.connectionstring"] = database.ConnectionString },
            properties);
        await host.WithContextAsync(c => c.Database.ExecuteSqlRawAsync(
            "TRUNCATE organdonorregistration, notificationdate, notificationperson, job_state, job_lease"));
        return host;
    }

    /// <summary>On SQLite, the embedded default's provider: every host has a fresh data directory, so starts empty.</summary>
    public static Task<OdrJobsHost> StartOnSqliteAsync(Dictionary<string, string>? properties = null) =>
        StartAsync(new Dictionary<string, string?> { ["nsp.db.provider"] = "sqlite" }, properties);

    private static async Task<OdrJobsHost> StartAsync(Dictionary<string, string?> database, Dictionary<string, string>? properties)
    {
        var persons = await TestPersonInformationServer.StartAsync();
        var digitalPost = await TestDigitalPostServer.StartAsync();
        var factory = new NspHostFactory(new Dictionary<string, string?>(database) { ["nsp.services"] = "odr-operations,minlog" });
        var file = new Dictionary<string, string>
        {
            ["personinformation.url"] = persons.Url,
            ["digitalpost.service.url"] = digitalPost.Url,
        };
        var olderFile = new Dictionary<string, string>();
        foreach (var (key, value) in properties ?? [])
        {
            if (key.StartsWith(InCleanupProperties, StringComparison.Ordinal))
            {
                olderFile[key[InCleanupProperties.Length..]] = value;
            }
            else
            {
                file[key] = value;
            }
        }

        IdsasTestProperties.Write(factory.ConfigDirectory, "operations", file);
        if (olderFile.Count > 0)
        {
            IdsasTestProperties.Write(factory.ConfigDirectory, "cleanup", olderFile);
        }
        try
        {
            return new OdrJobsHost(persons, digitalPost, factory);
        }
        catch
        {
            // Start-up refused (a test of bad properties): release what was started.
            factory.Dispose();
            await persons.DisposeAsync();
            await digitalPost.DisposeAsync();
            throw;
        }
    }

    /// <summary>A valid CPR of a person born on the date (seventh digit 4: 1937-2036), remembered for the log scan.</summary>
    public string CprBornOn(DateOnly birthDate, int sequence)
    {
        var cpr = birthDate.ToString("ddMMyy", CultureInfo.InvariantCulture) + (4000 + sequence).ToString(CultureInfo.InvariantCulture);
        Assert.Equal(birthDate, Cpr.Parse(cpr).BirthDate);
        _cprs.Add(cpr);
        return cpr;
    }

    public async Task<(HttpStatusCode Code, string Body)> GetAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri("/odr-operations" + path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<string> StartOkAsync(string path)
    {
        var (code, body) = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, code);
        return body;
    }

    public async Task<T> WithContextAsync<T>(Func<OdrDbContext, Task<T>> work)
    {
        using var testCode = CapturingLoggerProvider.TestCode();
        await using var scope = Factory.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<OdrDbContext>();
        var result = await work(context);
        await context.SaveChangesAsync();
        return result;
    }

    public Task AddRegistrationAsync(string cpr, DateTime validFrom, DateTime? closedAt = null) =>
        WithContextAsync(c =>
        {
            var registration = OrganDonorRegistration.Create(Cpr.Parse(cpr), PermissionType.Full, OrganPermissions.NoneGiven, null, validFrom);
            if (closedAt is { } closed)
            {
                registration.Close(closed);
            }

            c.Registrations.Add(registration);
            return Task.FromResult(0);
        });

    public Task<List<string>> CprsWithDataAsync() =>
        WithContextAsync(async c => (await c.Registrations.Select(r => r.Cpr).Union(c.NotificationPersons.Select(p => p.Cpr)).ToListAsync())
            .Order(StringComparer.Ordinal).ToList());

    /// <summary>How many MinLog entries ODR's outbox holds (jobs must write none).</summary>
    public Task<int> MinLogEntriesAsync() => WithContextAsync(c => c.Set<MinLogOutboxRecord>().CountAsync());

    /// <summary>The host's audit lines (one JSON object a line).</summary>
    public List<string> AuditLines() => LogFiles.ReadAuditLines(Factory.Services, Path.Combine(Factory.Root, "logs"));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        var lines = Factory.Log.Lines.ToList();
        Factory.Dispose();
        await Persons.DisposeAsync();
        await DigitalPost.DisposeAsync();
        CprScan.AssertNone(lines, _cprs);
    }
}
