using System.Text;

namespace Nsp.Api.Shared.Dcc;

public static class DccEndpointRouteBuilderExtensions
{
    private const string XmlContentType = "text/xml; charset=utf-8";

    /// <summary>Maps the service's DKS document at <paramref name="path"/> (e.g. <c>/odr/dksconfig</c>) and its schema
    /// at <c>&lt;path&gt;?xsd</c>. The document is rendered once.</summary>
    public static IEndpointConventionBuilder MapDksConfig(this IEndpointRouteBuilder endpoints, string path, DccEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(endpoint);
        byte[] document = DksConfigDocument.Render(endpoint);
        endpoints.ServiceProvider.GetService<DksConfigCatalogue>()?.Add(path, document);
        return endpoints.MapGet(path, async context =>
        {
            byte[] payload = context.Request.Query.ContainsKey("xsd") ? Encoding.UTF8.GetBytes(DksConfigDocument.Schema) : document;
            context.Response.ContentType = XmlContentType;
            context.Response.ContentLength = payload.Length;
            await context.Response.Body.WriteAsync(payload, context.RequestAborted);
        });
    }
}
