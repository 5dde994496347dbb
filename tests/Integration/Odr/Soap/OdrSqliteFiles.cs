using Microsoft.Data.Sqlite;

namespace Nsp.Tests.Integration.Odr.Soap;

/// <summary>Makes a host's SQLite database unreachable, as a lost datasource is: the pooled connections are dropped
/// and a directory takes the database file's place, so opening it fails.</summary>
internal static class OdrSqliteFiles
{
    public static void Break(string hostRoot)
    {
        string data = Path.Combine(hostRoot, "data");
        SqliteConnection.ClearAllPools();
        foreach (string file in Directory.GetFiles(data, "odr.db*"))
        {
            File.Delete(file);
        }

        Directory.CreateDirectory(Path.Combine(data, "odr.db"));
    }
}
