using System.Text.Json;
using Microsoft.Extensions.Logging;
using Nsp.Application.Shared.Health;
using Nsp.Application.Shared.NationalServices.Sores;

namespace Nsp.Infrastructure.Shared.NationalServices.Sores;

/// <summary>With <c>soresclient.mode=file</c> the operator's SORES registry file stands in for SORES: it is well
/// while the file exists and holds one JSON document. A file that vanished or went bad counts as a failure.</summary>
public sealed partial class FileSoresStatusProbe(string path, DependencyErrorWindow errorWindow, ILogger<FileSoresStatusProbe> logger)
    : ISoresStatusProbe
{
    private readonly string _path = Path.GetFullPath(path);

    public async Task<bool> ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, useAsync: true);
            using var document = await JsonDocument.ParseAsync(stream, default, cancellationToken);
            errorWindow.RecordSuccess();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            errorWindow.RecordFailure();
            FileUnusable(logger, _path, e.GetType().Name, errorWindow.FailureCount);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SORES registry file {Path} is unusable ({Problem}); {Failures} failure(s) in the window")]
    private static partial void FileUnusable(ILogger logger, string path, string problem, int failures);
}
