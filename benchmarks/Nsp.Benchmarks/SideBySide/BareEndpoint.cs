using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Nsp.Benchmarks.SideBySide;

/// <summary>
/// <c>bare --response &lt;file&gt; --urls &lt;url&gt;</c>: the HTTP stack's limit on this machine. An ASP.NET Core
/// endpoint that reads the whole request body, as the API does, and answers the bytes the API answered to the same
/// request, with nothing in between: no parsing, no security, no database.
/// </summary>
public static class BareEndpoint
{
    public const string Command = "bare";

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        int at = Array.IndexOf(args, "--response");
        if (at < 0 || at + 1 >= args.Length)
        {
            await Console.Error.WriteLineAsync("usage: bare --response <file> --urls <url>");
            return 2;
        }

        byte[] answer = await File.ReadAllBytesAsync(args[at + 1]);
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/ready", () => "ok");
        app.MapPost("/{**path}", async (HttpContext context) =>
        {
            // Drain the request as the SOAP gateway must before it can answer.
            while (true)
            {
                var read = await context.Request.BodyReader.ReadAsync(context.RequestAborted);
                context.Request.BodyReader.AdvanceTo(read.Buffer.End);
                if (read.IsCompleted)
                {
                    break;
                }
            }

            context.Response.ContentType = "text/xml; charset=utf-8";
            context.Response.ContentLength = answer.Length;
            await context.Response.Body.WriteAsync(answer, context.RequestAborted);
        });
        await app.RunAsync();
        return 0;
    }
}
