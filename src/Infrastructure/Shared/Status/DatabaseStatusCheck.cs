using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Npgsql;
using Nsp.Application.Shared.Persistence;
using Nsp.Application.Shared.Status;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Infrastructure.Shared.Status;

/// <summary>Runs <c>SELECT 1</c> on a service's datasource within <see cref="Timeout"/> (DESIGN 4.5). Never throws:
/// an unreachable server, a refused login, a missing SQLite file or a timeout are all "unhealthy", and the reason goes
/// to the log rather than to a public page.</summary>
public sealed partial class DatabaseStatusCheck : IStatusCheck
{
    /// <summary>The seeds' text for a failing database on the job pages.</summary>
    public const string UnavailableText = "Unavailable";

    private readonly ServiceDatabaseOptions _options;
    private readonly string _failingDetail;
    private readonly ILogger<DatabaseStatusCheck> _logger;

    /// <param name="failingDetail">The detail when the check fails: <c>Unavailable</c>, or an alarm line such as ODR's
    /// <c>Der er ingen forbindelse til databasen med JNDI navnet ...</c>.</param>
    public DatabaseStatusCheck(
        string name, ServiceDatabaseOptions options, TimeSpan timeout, ILogger<DatabaseStatusCheck> logger, string failingDetail = UnavailableText)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        Name = name;
        Timeout = timeout;
        _options = options;
        _logger = logger;
        _failingDetail = failingDetail;
    }

    public string Name { get; }

    public TimeSpan Timeout { get; }

    public async Task<StatusCheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        try
        {
            await using var connection = CreateConnection();
            await connection.OpenAsync(deadline.Token);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            command.CommandTimeout = TimeoutSeconds;
            await command.ExecuteScalarAsync(deadline.Token);
            return StatusCheckResult.Ok(Name);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Any failure to answer SELECT 1 is the check's answer, not an error of the page.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogUnavailable(_logger, exception, Name, _options.Schema);
            return StatusCheckResult.Failing(Name, _failingDetail);
        }
    }

    private int TimeoutSeconds => Math.Max(1, (int)Math.Ceiling(Timeout.TotalSeconds));

    private DbConnection CreateConnection() => _options.Provider switch
    {
        // ReadWrite, not ReadWriteCreate: a status check must not create an empty database where the file is missing.
        DatabaseProvider.Sqlite => new SqliteConnection(new SqliteConnectionStringBuilder(_options.ConnectionString)
        {
            Mode = SqliteOpenMode.ReadWrite,
            DefaultTimeout = TimeoutSeconds,
        }.ToString()),
        DatabaseProvider.PostgreSql => new NpgsqlConnection(new NpgsqlConnectionStringBuilder(
            ServiceDatabaseConfiguration.PostgreSqlConnectionString(_options))
        {
            Timeout = TimeoutSeconds,
            CommandTimeout = TimeoutSeconds,
        }.ToString()),
        _ => throw new InvalidOperationException($"Unknown database provider {_options.Provider}."),
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Status check {Check} found the database of schema {Schema} unavailable")]
    private static partial void LogUnavailable(ILogger logger, Exception exception, string check, string schema);
}
