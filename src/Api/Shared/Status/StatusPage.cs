using System.Text;

namespace Nsp.Api.Shared.Status;

/// <summary>A rendered status, alarm or version page: its code, its exact text, and how the text is sent.</summary>
public sealed record StatusPage(int StatusCode, string Body)
{
    public static readonly Encoding Latin1 = Encoding.Latin1;

    /// <summary>The seeds' plain text pages; UTF-8, because the alarm lines are Danish.</summary>
    public const string PlainTextUtf8 = "text/plain; charset=utf-8";

    /// <summary>ODR's status page, written exactly as the seed sends it.</summary>
    public const string PlainTextLatin1 = "text/plain;charset=ISO-8859-1";

    public string ContentType { get; init; } = PlainTextUtf8;

    public Encoding Encoding { get; init; } = Encoding.UTF8;

    public async Task WriteAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var bytes = Encoding.GetBytes(Body);
        context.Response.StatusCode = StatusCode;
        context.Response.ContentType = ContentType;
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    /// <summary>The page with the embedded default's line added when anything of it is in use (issue 18), after a line
    /// break, so the seed's text above it stays exactly as it was; the code is unchanged.</summary>
    public StatusPage WithEmbeddedDefaultLine(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetService<Hosting.EmbeddedDefaultInventory>()?.StatusLine is { } line
            ? this with { Body = Body + (Body.Length == 0 ? string.Empty : "\n") + line + "\n" }
            : this;
    }

    /// <summary>As a minimal-API result, for endpoints that return <see cref="IResult"/>.</summary>
    public IResult ToResult() => new StatusPageResult(this);

    private sealed class StatusPageResult(StatusPage page) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => page.WriteAsync(httpContext);
    }
}
