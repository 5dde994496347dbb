using Nsp.Api.Shared.Hosting;
using Nsp.Api.Shared.Modules;

// No watching of appsettings*.json for changes: the watcher covers the content root (the working directory) with its
// subdirectories, where ./data and ./logs take a write on every call (docs/benchmarks.md, issue 13).
var builder = WebApplication.CreateBuilder([.. args, "--hostBuilder:reloadConfigOnChange=false"]);
builder.Configuration.AddLoggingDefaults();
EmbeddedDefault.PrepareConfiguration(builder.Configuration);
builder.Configuration.AddNspSources(args);

int sampleAt = Array.IndexOf(args, SampleRequestCommand.Command);
if (sampleAt >= 0)
{
    string operation = sampleAt + 1 < args.Length ? args[sampleAt + 1] : string.Empty;
    Environment.ExitCode = SampleRequestCommand.Run(operation, builder.Configuration, Console.Out, Console.Error);
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
