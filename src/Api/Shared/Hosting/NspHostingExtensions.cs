using Nsp.Api.Shared.Audit;
using Nsp.Api.Shared.Modules;
using Nsp.Api.Shared.Operations;
using Nsp.Api.Shared.Security;
using Nsp.Api.Shared.Soap;
using Nsp.Application.Shared;
using Nsp.Infrastructure.Shared.Audit;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Api.Shared.Hosting;

/// <summary>The composition root's steps, so <c>Program.cs</c> stays a list of calls.</summary>
public static class NspHostingExtensions
{
    public static NspHostOptions AddNspHost(this WebApplicationBuilder builder, IEnumerable<IServiceModule> catalogue)
    {
        var options = NspHostOptions.From(builder.Configuration);
        // Before anything is migrated or seeded: a production start must not run on the embedded default.
        EmbeddedDefaultInventory.From(builder.Configuration, options).RefuseInProduction(options);
        var settings = NspHostSettings.From(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(options);
        // Taken when the host starts (after the first start's seeding), for the start-up warning and the status pages.
        services.AddSingleton(_ => EmbeddedDefaultInventory.From(builder.Configuration, options));
        services.AddSingleton(settings);
        // Parsed here so a malformed entry stops start-up with the property's name, like every other nsp.* key.
        services.AddSingleton(OperationsClientAllowList.From(builder.Configuration));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => BuildInfo.FromAssembly(typeof(NspHostingExtensions).Assembly, sp.GetRequiredService<TimeProvider>().GetUtcNow()));
        services.AddNspApplication(
            typeof(NspService).Assembly,
            typeof(NspHostOptions).Assembly,
            typeof(NspHostingExtensions).Assembly);
        services.AddNspAuditLog(settings.LogDirectory);
        // The local STS keeps its key pair beside the SQLite files, so one data directory holds the embedded default's state.
        services.AddIdCardVerification(options, options.SqliteDirectory);
        services.AddSoapGateway(builder.Configuration);
        services.AddAutoMapper(
            mapper => mapper.LicenseKey = settings.AutoMapperLicenseKey,
            typeof(NspService).Assembly,
            typeof(NspHostingExtensions).Assembly);
        services.AddNspModules(new ModuleContext(builder.Configuration, options, settings.LogDirectory), catalogue);
        return options;
    }

    public static WebApplication UseNspHost(this WebApplication app)
    {
        // Resolved now so the status pages' "Deployed:" is the start-up time, not the first page request's.
        _ = app.Services.GetRequiredService<BuildInfo>();
        EmbeddedDefaultWarning.Log(
            app.Services.GetRequiredService<EmbeddedDefaultInventory>(),
            app.Services.GetRequiredService<NspHostOptions>(),
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(EmbeddedDefaultWarning.Category));
        TrustedStsCertificateWarnings.WarnAboutInvalid(
            app.Services.GetRequiredService<TrustedStsCertificates>(),
            app.Services.GetRequiredService<TimeProvider>().GetUtcNow(),
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger<TrustedStsCertificates>());
        app.UseRouting();
        app.UseNspAudit();
        app.MapNspModules();
        return app;
    }
}
