using System.Collections.Concurrent;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Nsp.Tests.Integration.Shared.Http;

namespace Nsp.Tests.Integration.Shared.NationalServices.DigitalPost;

/// <summary>
/// A fake Digital Post adapter at the seed's path style (…/digitalpost/2024/05/29/send). Records every request that
/// reaches the route (body, SOAPAction, content type) and answers a SendDigitalPostResponse echoing the message id,
/// or, when told, a SOAP fault with HTTP 500. Failure modes beyond that come from <see cref="Server"/>. Writes its XML
/// by hand so the adapter's own mapping is not under test twice.
/// </summary>
public sealed class TestDigitalPostServer : IAsyncDisposable
{
    public const string EndpointPath = "/digitalpost/2024/05/29/send";

    private const string Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    private const string Dp = "http://nspop.dk/digitalpost/2024/05/29/";

    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private volatile bool _fault;

    private TestDigitalPostServer()
    {
    }

    public TestHttpServer Server { get; private set; } = null!;

    /// <summary>The URL to configure as <c>digitalpost.service.url</c>.</summary>
    public string Url => new Uri(Server.BaseAddress, EndpointPath.TrimStart('/')).AbsoluteUri;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<TestDigitalPostServer> StartAsync()
    {
        var fake = new TestDigitalPostServer();
        fake.Server = await TestHttpServer.StartAsync(fake.Map);
        return fake;
    }

    /// <summary>Answer the next requests with a SOAP fault (HTTP 500), or normally again.</summary>
    public void Fault(bool fault = true) => _fault = fault;

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    private void Map(WebApplication app) =>
        app.MapPost(EndpointPath, async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            _requests.Enqueue(new RecordedRequest(body, request.Headers["SOAPAction"].ToString(), request.ContentType));
            if (_fault)
            {
                return Results.Text(
                    $"<soap:Envelope xmlns:soap=\"{Soap}\"><soap:Body><soap:Fault><faultcode>soap:Client</faultcode><faultstring>unknown template</faultstring></soap:Fault></soap:Body></soap:Envelope>",
                    "text/xml; charset=utf-8",
                    statusCode: 500);
            }

            var id = XDocument.Parse(body).Descendants(XName.Get("message-id", Dp)).Single().Value;
            return Results.Text(
                $"<soap:Envelope xmlns:soap=\"{Soap}\"><soap:Body><dp:SendDigitalPostResponse xmlns:dp=\"{Dp}\"><dp:message-id>{id}</dp:message-id><dp:status>OK</dp:status></dp:SendDigitalPostResponse></soap:Body></soap:Envelope>",
                "text/xml; charset=utf-8");
        });
}
