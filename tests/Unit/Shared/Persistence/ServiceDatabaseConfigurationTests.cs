using Npgsql;
using Nsp.Application.Shared.Persistence;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Tests.Unit.Shared.Persistence;

public sealed class ServiceDatabaseConfigurationTests
{
    [Fact]
    public void Sqlite_creates_the_missing_directory_of_the_service_file_and_sets_the_busy_timeout()
    {
        var directory = Path.Combine(Path.GetTempPath(), "nsp-unit", Guid.NewGuid().ToString("N"), "data");
        try
        {
            var options = new ServiceDatabaseOptions(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(directory, "idsas.db")}", "idsas")
            {
                SqliteBusyTimeout = TimeSpan.FromSeconds(7),
            };

            var connectionString = ServiceDatabaseConfiguration.SqliteConnectionString(options);

            Assert.True(Directory.Exists(directory));
            Assert.Contains("Default Timeout=7", connectionString, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(directory)!, recursive: true);
        }
    }

    [Fact]
    public void PostgreSql_connections_search_the_service_schema()
    {
        var options = new ServiceDatabaseOptions(DatabaseProvider.PostgreSql, "Host=db;Database=nsp;Search Path=public", "odr");

        var connectionString = ServiceDatabaseConfiguration.PostgreSqlConnectionString(options);

        Assert.Equal("odr", new NpgsqlConnectionStringBuilder(connectionString).SearchPath);
    }

    [Theory]
    [InlineData("Odr")]
    [InlineData("odr; drop table x")]
    [InlineData("")]
    public void A_schema_that_is_not_a_lowercase_identifier_is_refused(string schema)
    {
        var options = new ServiceDatabaseOptions(DatabaseProvider.PostgreSql, "Host=db", schema);

        Assert.Throws<ArgumentException>(() => ServiceDatabaseConfiguration.PostgreSqlConnectionString(options));
    }

    [Fact]
    public void The_utc_converter_marks_unspecified_values_utc_and_converts_local_ones()
    {
        var converter = new UtcDateTimeConverter();
        var unspecified = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Unspecified);
        var local = new DateTime(2026, 7, 1, 12, 0, 0, DateTimeKind.Local);

        var read = (DateTime)converter.ConvertFromProvider(unspecified)!;
        var written = (DateTime)converter.ConvertToProvider(local)!;

        Assert.Equal(DateTimeKind.Utc, read.Kind);
        Assert.Equal(unspecified.Ticks, read.Ticks);
        Assert.Equal(local.ToUniversalTime(), written);
        Assert.Equal(DateTimeKind.Utc, written.Kind);
    }
}
