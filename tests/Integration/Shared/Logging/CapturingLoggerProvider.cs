using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Nsp.Tests.Integration.Shared.Logging;

/// <summary>Keeps every line the application logs through <see cref="ILogger"/> (the general application log, not
/// the audit or MinLog files), with its exception text, so a test can check what an operator's log would hold.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private static readonly AsyncLocal<bool> InTestCode = new();

    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    /// <summary>Adds the provider to a logging builder at <see cref="LogLevel.Debug"/>, whatever the other
    /// providers' levels are.</summary>
    public void AddTo(ILoggingBuilder logging)
    {
        ArgumentNullException.ThrowIfNull(logging);
        logging.AddProvider(this);
        logging.AddFilter<CapturingLoggerProvider>(null, LogLevel.Debug);
    }

    /// <summary>Until disposed, this async flow is the test's own work (seeding and checking the database through
    /// the host's context), whose queries EF Core logs with the test's constants: not the application's log.</summary>
    public static IDisposable TestCode()
    {
        InTestCode.Value = true;
        return new TestCodeScope();
    }

    public void Dispose()
    {
        // The lines outlive the host, so a test can read them after disposing it.
    }

    private sealed class TestCodeScope : IDisposable
    {
        public void Dispose() => InTestCode.Value = false;
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && !InTestCode.Value;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            if (InTestCode.Value)
            {
                return;
            }

            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? string.Empty : " " + exception)}");
        }
    }
}
