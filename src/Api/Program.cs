using Nsp.Api.Idsas.FirstStart;
using Nsp.Api.MinLog.FirstStart;
using Nsp.Api.Odr.FirstStart;
using Nsp.Api.Shared.Hosting;
using Nsp.Api.Shared.Modules;
using Nsp.Infrastructure.Shared.Configuration;

// No watching of appsettings*.json for changes: the watcher covers the content root (the working directory) with its
// subdirectories, where ./data and ./logs take a write on every call (docs/benchmarks.md, issue 13).
var builder = WebApplication.CreateBuilder([.. args, "--hostBuilder:reloadConfigOnChange=false"]);
builder.Configuration.AddLoggingDefaults();
EmbeddedDefault.PrepareConfiguration(builder.Configuration);
builder.Configuration.AddNspSources(args);

int sampleAt = Array.IndexOf(args, IdsasSampleRequest.Command);
if (sampleAt >= 0)
{
    string operation = sampleAt + 1 < args.Length ? args[sampleAt + 1] : string.Empty;
    var sampleOptions = NspHostOptions.From(builder.Configuration);
    if (sampleOptions.StsFederation != StsFederation.Local)
    {
        // Only the local development STS's cards are trusted by a server started with the same settings.
        await Console.Error.WriteLineAsync($"{IdsasSampleRequest.Command} needs nsp.sts.federation=local.");
        Environment.ExitCode = 2;
        return;
    }

    string? envelope = IdsasSampleRequest.Envelope(operation, sampleOptions, TimeProvider.System)
        ?? OdrSampleRequest.Envelope(operation, sampleOptions, TimeProvider.System)
        ?? MinLogLookupSampleRequest.Envelope(operation, sampleOptions, TimeProvider.System);
    if (envelope is null)
    {
        await Console.Error.WriteLineAsync(
            $"Usage: {IdsasSampleRequest.Command} <{string.Join('|', IdsasSampleRequest.Operations.Concat(OdrSampleRequest.Operations).Concat(MinLogLookupSampleRequest.Operations))}>");
        Environment.ExitCode = 2;
        return;
    }

    Console.WriteLine(envelope);
    return;
}

var options = builder.AddNspHost(ServiceModuleCatalogue.All);
var app = builder.Build();

await app.Services.MigrateServedDatabasesAsync(CancellationToken.None);
if (args.Contains("migrate", StringComparer.Ordinal))
{
    Console.WriteLine(DatabaseMigration.OperatorAdvice(options));
    return;
}

await EmbeddedDefault.SeedAsync(app.Services, options, CancellationToken.None);
app.UseNspHost();
await app.RunAsync();

/// <summary>Entry point, visible to the integration tests' host factory.</summary>
public partial class Program;
