using Nsp.Api.Shared.Hosting;
using Nsp.Api.Shared.Modules;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddNspSources(args);
var options = builder.AddNspHost(ServiceModuleCatalogue.All);
var app = builder.Build();

await app.Services.MigrateServedDatabasesAsync(CancellationToken.None);
if (args.Contains("migrate", StringComparer.Ordinal))
{
    Console.WriteLine(DatabaseMigration.OperatorAdvice(options));
    return;
}

app.UseNspHost();
await app.RunAsync();

/// <summary>Entry point, visible to the integration tests' host factory.</summary>
public partial class Program;
