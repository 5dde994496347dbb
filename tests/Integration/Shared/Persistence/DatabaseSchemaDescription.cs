using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Tests.Integration.Shared.Persistence;

/// <summary>A database's tables (views left out: EF builds none), columns (name, nullability, type, identity), indexes (with their filter on
/// PostgreSQL, whether partial on SQLite) and constraints as sorted
/// lines, read from information_schema/pg_indexes on PostgreSQL and from pragmas on SQLite. EF's own
/// <c>__EF*</c> tables are left out.</summary>
public static class DatabaseSchemaDescription
{
    public static async Task<IReadOnlyList<string>> DescribeAsync(ServiceDbContext context)
    {
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync();
        try
        {
            var lines = context.Schema is { } schema
                ? await DescribePostgreSqlAsync(connection, schema)
                : await DescribeSqliteAsync(connection);
            lines.Sort(StringComparer.Ordinal);
            return lines;
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    public static IEnumerable<string> Tables(IEnumerable<string> description) =>
        description.Where(l => l.StartsWith("table ", StringComparison.Ordinal)).Select(l => l["table ".Length..]);

    private static async Task<List<string>> DescribePostgreSqlAsync(DbConnection connection, string schema)
    {
        var lines = new List<string>();
        lines.AddRange(await QueryAsync(
            connection,
            """
            select 'table ' || table_name from information_schema.tables
            where table_schema = @schema and table_type = 'BASE TABLE' and table_name not like '\_\_EF%'
            """,
            schema));
        lines.AddRange(await QueryAsync(
            connection,
            """
            select 'column ' || table_name || '.' || column_name || ' ' || data_type
                || coalesce('(' || character_maximum_length || ')', '')
                || case when is_nullable = 'YES' then ' null' else ' not null' end
                || case when is_identity = 'YES' then ' identity ' || identity_generation else '' end
            from information_schema.columns
            where table_schema = @schema and table_name not like '\_\_EF%'
              and table_name in (select table_name from information_schema.tables where table_schema = @schema and table_type = 'BASE TABLE')
            """,
            schema));
        lines.AddRange(await QueryAsync(
            connection,
            """
            select 'index ' || tablename || '.' || indexname || ': ' || indexdef from pg_indexes
            where schemaname = @schema and tablename not like '\_\_EF%'
            """,
            schema));
        lines.AddRange(await QueryAsync(
            connection,
            """
            select 'constraint ' || tc.table_name || '.' || tc.constraint_name || ' ' || tc.constraint_type || ' ('
                || string_agg(kcu.column_name, ',' order by kcu.ordinal_position) || ')'
                || coalesce(' delete ' || max(rc.delete_rule), '')
            from information_schema.table_constraints tc
            join information_schema.key_column_usage kcu
              on kcu.constraint_schema = tc.constraint_schema and kcu.constraint_name = tc.constraint_name
            left join information_schema.referential_constraints rc
              on rc.constraint_schema = tc.constraint_schema and rc.constraint_name = tc.constraint_name
            where tc.table_schema = @schema and tc.table_name not like '\_\_EF%'
            group by tc.table_name, tc.constraint_name, tc.constraint_type
            """,
            schema));
        return lines;
    }

    private static async Task<List<string>> DescribeSqliteAsync(DbConnection connection)
    {
        var lines = new List<string>();
        var tables = await QueryAsync(
            connection,
            """
            select name || case when sql like '%AUTOINCREMENT%' then ' autoincrement' else '' end from sqlite_master
            where type = 'table' and name not like 'sqlite\_%' escape '\' and name not like '\_\_EF%' escape '\'
            """,
            null);
        foreach (var entry in tables)
        {
            var table = entry.Split(' ')[0];
            lines.Add("table " + table);
            lines.Add("sqlite " + entry);
            lines.AddRange(await QueryAsync(
                connection,
                """
                select 'column ' || @table || '.' || name || ' ' || type || case when "notnull" = 1 then ' not null' else ' null' end
                    || ' pk' || pk
                from pragma_table_info(@table)
                """,
                table));
            lines.AddRange(await QueryAsync(
                connection,
                """
                select 'index ' || @table || '.' || il.name || ' unique' || il."unique" || ' partial' || il.partial || ' ' || il.origin || ' ('
                    || (select group_concat(name, ',') from (select ii.name from pragma_index_info(il.name) ii order by ii.seqno)) || ')'
                from pragma_index_list(@table) il
                """,
                table));
            lines.AddRange(await QueryAsync(
                connection,
                """
                select 'foreign key ' || @table || '.' || "from" || ' -> ' || "table" || '.' || "to" || ' delete ' || on_delete
                from pragma_foreign_key_list(@table)
                """,
                table));
        }

        return lines;
    }

    private static async Task<List<string>> QueryAsync(DbConnection connection, string sql, string? argument)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (argument is not null)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = sql.Contains("@schema", StringComparison.Ordinal) ? "@schema" : "@table";
            parameter.Value = argument;
            command.Parameters.Add(parameter);
        }

        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return lines;
    }
}
