using Nsp.Api.Shared.Hosting;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Nsp.Api.Shared.Modules;
using Nsp.Api.Shared.Status;
using Nsp.Application.Odr.Notifications;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Status;

namespace Nsp.Api.Odr.Operations;

/// <summary>The notification job's <c>/status</c>: one JSON object with the database, the newest completed date and
/// the row count per status; 500 with <c>"Database":"Unavailable"</c> when the database fails.</summary>
public static partial class NotificationStatusPage
{
    public const string DatabaseKey = "Database";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static IEndpointConventionBuilder MapNotificationStatusPage(this IEndpointRouteBuilder endpoints, string pattern) =>
        endpoints.MapGet(pattern, async (HttpContext context) =>
        {
            var services = context.RequestServices;
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(NotificationStatusPage).FullName!);
            var database = await StatusChecks.RunOneAsync(services.DatabaseCheck(NspService.Odr), logger, context.RequestAborted);
            var body = new JsonObject { [DatabaseKey] = database.Healthy ? StatusCheckResult.OkText : JobStatusPage.UnavailableText };
            if (database.Healthy)
            {
                try
                {
                    var repository = services.GetRequiredService<INotificationRepository>();
                    var newest = await repository.NewestCompletedDateAsync(context.RequestAborted);
                    body[OdrOperationsTexts.NewestCompletedKey] = newest is { } date ? OdrOperationsTexts.Date(date) : OdrOperationsTexts.NoDate;
                    foreach (var (status, count) in await repository.CountByStatusAsync(context.RequestAborted))
                    {
                        body[OdrOperationsTexts.CountKeyPrefix + status] = count;
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    LogReadFailed(logger, exception);
                    body = new JsonObject { [DatabaseKey] = JobStatusPage.UnavailableText };
                }
            }

            var healthy = body[DatabaseKey]!.GetValue<string>() == StatusCheckResult.OkText;
            if (services.GetService<EmbeddedDefaultInventory>()?.StatusLine is { } embeddedDefault)
            {
                body[EmbeddedDefaultKey] = embeddedDefault;
            }

            context.Response.StatusCode = healthy ? StatusCodes.Status200OK : StatusCodes.Status500InternalServerError;
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(body.ToJsonString(Json), context.RequestAborted);
        });

    /// <summary>The JSON page's form of the embedded default's status line (issue 18).</summary>
    public const string EmbeddedDefaultKey = "embeddedDefault";

    [LoggerMessage(Level = LogLevel.Error, Message = "The notification status page could not read the notification tables")]
    private static partial void LogReadFailed(ILogger logger, Exception exception);
}
