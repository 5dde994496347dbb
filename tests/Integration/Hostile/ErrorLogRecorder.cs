using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Nsp.Tests.Integration.Hostile;

/// <summary>Keeps the host's Error and Critical log entries with their exceptions (the gateway's internal-error entry
/// carries the unhandled exception, whose stack trace a failure report needs).</summary>
public sealed class ErrorLogRecorder : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, string Message, Exception? Exception)> _errors = new();

    public IReadOnlyList<(string Category, string Message, Exception? Exception)> Errors => [.. _errors];

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    /// <summary>One line per distinct exception type and throwing frame, with how often it happened and one full
    /// stack trace.</summary>
    public string Summary(int maxKinds = 10) =>
        string.Join("\n\n", Errors
            .GroupBy(e => e.Exception is null ? e.Message : e.Exception.GetType().FullName + " at " + TopFrame(e.Exception))
            .Take(maxKinds)
            .Select(g => $"×{g.Count()} {g.First().Category}: {g.First().Message}\n{g.First().Exception}"));

    public void Dispose()
    {
    }

    private static string? TopFrame(Exception exception) =>
        exception.StackTrace?.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim();

    private sealed class Recorder(ErrorLogRecorder provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error)
            {
                provider._errors.Enqueue((category, formatter(state, exception), exception));
            }
        }
    }
}
