using Microsoft.EntityFrameworkCore;
using Nsp.Api.Shared.Modules;
using Nsp.Application.Shared;
using Nsp.Infrastructure.MinLog.Persistence;
using Nsp.Infrastructure.Shared.Configuration;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Api.MinLog;

/// <summary>The MinLog part: the citizens' log store that every service's transfer job fills.</summary>
public sealed class MinLogModule : IServiceModule
{
    public string Name => "minlog";

    public NspService Service => NspService.MinLog;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        var options = NspHostOptions.From(configuration);
        services.AddServiceDatabase<MinLogDbContext>(NspService.MinLog, options.ForService(NspService.MinLog).ToOptions());
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/minlog/status", async (MinLogDbContext database, CancellationToken cancellationToken) =>
        {
            try
            {
                await database.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
                return Results.Text("Database: OK");
            }
#pragma warning disable CA1031 // Any failure to reach the database is what this page reports.
            catch (Exception)
#pragma warning restore CA1031
            {
                return Results.Text("Database: Unavailable", statusCode: StatusCodes.Status500InternalServerError);
            }
        });
    }
}
