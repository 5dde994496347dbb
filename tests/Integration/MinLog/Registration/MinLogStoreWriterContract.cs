using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared.MinLog;
using Nsp.Application.Shared.Persistence;
using Nsp.Application.Shared;
using Nsp.Domain.MinLog;
using Nsp.Infrastructure.MinLog.Persistence;
using Nsp.Infrastructure.MinLog.Registration;
using Nsp.Infrastructure.Shared.Persistence;
using Nsp.Tests.Integration.Shared.Database;
using Nsp.Tests.Integration.Shared.Hosting;

namespace Nsp.Tests.Integration.MinLog.Registration;

/// <summary><see cref="MinLogStore"/> on each provider: each regKode stored once, names found by digest, one
/// <c>Minlog.log</c> line per newly stored entry.</summary>
public abstract class MinLogStoreWriterContract : IAsyncLifetime
{
    private const string Cpr = "0101801234";
    private static readonly DateTime Noon = new(2026, 11, 25, 12, 0, 0, 250, DateTimeKind.Utc);

    private readonly string _logDirectory = Path.Combine(Path.GetTempPath(), "nsp-tests", Guid.NewGuid().ToString("N"));
    private ServiceDatabaseOptions _options = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _options = await DatabaseAsync();
        await using (await ServiceContexts.MigratedAsync<MinLogDbContext>(_options))
        {
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddServiceDatabase<MinLogDbContext>(NspService.MinLog, _options);
        services.AddInProcessMinLogRegistration(_logDirectory);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public virtual async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        if (Directory.Exists(_logDirectory))
        {
            Directory.Delete(_logDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task Entries_already_stored_or_repeated_in_the_batch_are_stored_and_logged_once()
    {
        Assert.Equal(2, await StoreAsync([Entry("a"), Entry("b")]));

        Assert.Equal(1, await StoreAsync([Entry("b"), Entry("c"), Entry("c"), Entry("a")]));

        await using var context = Context();
        Assert.Equal(["a", "b", "c"], await context.LogEntries.OrderBy(e => e.Id).Select(e => e.RegKode).ToListAsync());
        Assert.Equal(["a", "b", "c"], MinLogLines().Select(l => l[12..13]));
    }

    [Fact]
    public async Task A_stored_organisation_name_is_reused_and_a_missing_one_is_added()
    {
        await using (var context = Context())
        {
            context.OrganisationNames.Add(OrganisationName.Create("Lægehuset Nørregade"));
            await context.SaveChangesAsync();
        }

        await StoreAsync([Entry("a", "Lægehuset Nørregade"), Entry("b", "Lægehuset Østergade"), Entry("c", "Lægehuset Østergade")]);

        await using var check = Context();
        var names = await check.OrganisationNames.OrderBy(o => o.Id).ToListAsync();
        Assert.Equal(["Lægehuset Nørregade", "Lægehuset Østergade"], names.Select(n => n.Name));
        var byRegKode = await check.LogEntries.ToDictionaryAsync(e => e.RegKode, e => e.OrganisationNameId);
        Assert.Equal(names[0].Id, byRegKode["a"]);
        Assert.Equal(names[1].Id, byRegKode["b"]);
        Assert.Equal(names[1].Id, byRegKode["c"]);
    }

    [Fact]
    public async Task Two_concurrent_stores_of_one_batch_store_each_entry_once()
    {
        var batch = Enumerable.Range(0, 20).Select(i => Entry($"race-{i}", "Region Hovedstaden")).ToList();

        var stored = await Task.WhenAll(Task.Run(() => StoreAsync(batch)), Task.Run(() => StoreAsync(batch)));

        Assert.Equal(20, stored.Sum());
        await using var context = Context();
        Assert.Equal(20, await context.LogEntries.CountAsync());
        Assert.Equal(20, MinLogLines().Count);
    }

    [Fact]
    public async Task A_batch_with_an_entry_minlog_refuses_stores_nothing()
    {
        var tooLong = Entry("b") with { Handling = new string('h', LogEntry.HandlingMaxLength + 1) };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => StoreAsync([Entry("a", "Lægehuset Nørregade"), tooLong]));

        Assert.Equal("handling", error.ParamName);
        await using var context = Context();
        Assert.Equal(0, await context.LogEntries.CountAsync());
        Assert.Equal(0, await context.OrganisationNames.CountAsync());
        Assert.Empty(MinLogLines());
    }

    protected abstract Task<ServiceDatabaseOptions> DatabaseAsync();

    private static MinLogEntry Entry(string regKode, string? organisation = null) =>
        new(regKode, Cpr, "0000000000", null, "33257872", organisation, "Notes System", "Opslag", "flow-1", Noon);

    private async Task<int> StoreAsync(IReadOnlyList<MinLogEntry> entries)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MinLogStore>().StoreAsync(entries, CancellationToken.None);
    }

    private MinLogDbContext Context() => ServiceContexts.Create<MinLogDbContext>(_options);

    private List<string> MinLogLines()
    {
        var lines = LogFiles.ReadLines(_logDirectory, "Minlog*.log");
        Assert.All(lines, line => Assert.StartsWith("{\"regKode\":\"", line, StringComparison.Ordinal));
        return lines;
    }
}
