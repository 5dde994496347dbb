namespace Nsp.Api.Shared.Audit;

public static class AuditApplicationBuilderExtensions
{
    /// <summary>Audits calls to endpoints marked <see cref="AuditedEndpoint"/>, and job triggers and refused calls to
    /// operations URLs; place it after routing.</summary>
    public static IApplicationBuilder UseNspAudit(this IApplicationBuilder app) => app.UseMiddleware<AuditMiddleware>();

    public static TBuilder Audited<TBuilder>(this TBuilder builder, string category)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AuditedEndpoint(category));
}
