using System.Text;
using Nsp.Api.Shared.Audit;

namespace Nsp.Api.Shared.Soap;

public static class SoapEndpointRouteBuilderExtensions
{
    private const string DocumentContentType = "text/xml; charset=utf-8";

    private static readonly string[] OtherMethods =
        [HttpMethods.Put, HttpMethods.Delete, HttpMethods.Patch, HttpMethods.Options, HttpMethods.Trace];

    /// <summary>
    /// Maps a SOAP endpoint at <paramref name="path"/>: POST runs the gateway (audited when
    /// <see cref="SoapEndpointBuilder.Audit"/> is set); GET/HEAD serve <c>?wsdl</c> and <c>?xsd=&lt;name&gt;</c> and
    /// refuse anything else with <c>illegal_http_method</c>, as do the other methods; the WSDL's and XSDs' extra
    /// paths are mapped too. Returns the POST endpoint's convention builder.
    /// </summary>
    public static IEndpointConventionBuilder MapSoapEndpoint(
        this IEndpointRouteBuilder endpoints, string path, Action<SoapEndpointBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new SoapEndpointBuilder(path);
        configure(builder);
        var services = endpoints.ServiceProvider;
        var gateway = new SoapGateway(
            builder.Build(), services.GetRequiredService<SoapParsingLimits>(), services.GetRequiredService<IdwsReplayGuard>());
        var endpoint = gateway.Endpoint;

        var post = endpoints.MapMethods(path, [HttpMethods.Post], (RequestDelegate)gateway.HandleAsync)
            .WithDisplayName("SOAP " + path);
        if (endpoint.AuditCategory is { } category)
        {
            post.Audited(category);
        }

        endpoints.MapMethods(path, [HttpMethods.Get, HttpMethods.Head], context => ServeOrRefuseAsync(gateway, context));
        endpoints.MapMethods(path, OtherMethods, gateway.RefuseMethodAsync);
        if (endpoint.Wsdl is { } wsdl)
        {
            foreach (string extra in wsdl.ExtraPaths)
            {
                endpoints.MapGet(extra, context => ServeAsync(context, endpoint, wsdl));
            }
        }

        foreach (var document in endpoint.AlternateWsdls.Concat(endpoint.Schemas))
        {
            foreach (string extra in document.ExtraPaths)
            {
                endpoints.MapGet(extra, context => ServeAsync(context, endpoint, document));
            }
        }

        return post;
    }

    private static Task ServeOrRefuseAsync(SoapGateway gateway, HttpContext context)
    {
        var endpoint = gateway.Endpoint;
        var query = context.Request.Query;
        if (query.ContainsKey("wsdl") && endpoint.Wsdl is { } wsdl)
        {
            return ServeAsync(context, endpoint, wsdl);
        }

        if (query.TryGetValue("xsd", out var name))
        {
            foreach (var schema in endpoint.Schemas)
            {
                if (string.Equals(schema.Name, name.ToString(), StringComparison.Ordinal))
                {
                    return ServeAsync(context, endpoint, schema);
                }
            }

            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return gateway.RefuseMethodAsync(context);
    }

    private static async Task ServeAsync(HttpContext context, SoapEndpointDefinition endpoint, SoapContractDocument document)
    {
        var request = context.Request;
        string endpointUrl = endpoint.PublicBaseUrl is { } publicBase
            ? publicBase + endpoint.Path
            : string.Concat(request.Scheme, "://", request.Host.ToUriComponent(), request.PathBase.ToUriComponent(), endpoint.Path);
        byte[] payload = Encoding.UTF8.GetBytes(document.Render(endpointUrl, endpoint.SchemaNames));
        context.Response.ContentType = DocumentContentType;
        context.Response.ContentLength = payload.Length;
        if (!HttpMethods.IsHead(request.Method))
        {
            await context.Response.Body.WriteAsync(payload, context.RequestAborted);
        }
    }
}
