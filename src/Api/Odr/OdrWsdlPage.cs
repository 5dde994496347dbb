using System.Net;
using System.Text;

namespace Nsp.Api.Odr;

/// <summary>The seed's <c>/odr/wsdl</c>: an HTML page linking the DGWS and IDWS WSDLs (and the standard IDWS one).</summary>
public static class OdrWsdlPage
{
    public static IEndpointConventionBuilder MapOdrWsdlPage(
        this IEndpointRouteBuilder endpoints, string path, string dgws, string idws, string idwsStandard) =>
        endpoints.MapGet(path, async (HttpContext context) =>
        {
            string Link(string target, string text) =>
                $"<li><a href=\"{WebUtility.HtmlEncode(context.Request.PathBase + target)}\">{WebUtility.HtmlEncode(text)}</a></li>";
            string html =
                "<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\"><title>ODR WSDL</title></head><body>\n"
                + "<h1>Organdonorregistret (ODR) 2018-05-01</h1>\n<ul>\n"
                + Link(dgws, "DGWS WSDL") + "\n"
                + Link(idws, "IDWS WSDL") + "\n"
                + Link(idwsStandard, "Standard IDWS WSDL (uden IDWS Fault)") + "\n"
                + "</ul>\n</body></html>\n";
            byte[] payload = Encoding.UTF8.GetBytes(html);
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.ContentLength = payload.Length;
            await context.Response.Body.WriteAsync(payload, context.RequestAborted);
        });
}
