using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Nsp.Infrastructure.Shared.Persistence;

/// <summary>Lowercases every table, column, key, foreign key and index name of a model (DESIGN 4.9: operators'
/// unquoted SQL folds to lowercase on PostgreSQL), then asserts nothing uppercase is left.</summary>
public static class LowercaseNames
{
    public static void Apply(IMutableModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        foreach (var entity in model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            if (table is null)
            {
                continue;
            }

            entity.SetTableName(table.ToLowerInvariant());
            var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            foreach (var property in entity.GetProperties())
            {
                var column = property.GetColumnName(store) ?? property.GetColumnName();
                property.SetColumnName(column.ToLowerInvariant());
            }

            foreach (var key in entity.GetDeclaredKeys())
            {
                key.SetName(key.GetName()!.ToLowerInvariant());
            }

            foreach (var foreignKey in entity.GetDeclaredForeignKeys())
            {
                foreignKey.SetConstraintName(foreignKey.GetConstraintName()!.ToLowerInvariant());
            }

            foreach (var index in entity.GetDeclaredIndexes())
            {
                index.SetDatabaseName(index.GetDatabaseName()!.ToLowerInvariant());
            }
        }

        Assert(model);
    }

    private static void Assert(IMutableModel model)
    {
        foreach (var entity in model.GetEntityTypes().Where(e => e.GetTableName() is not null))
        {
            var names = new[] { entity.GetTableName()! }
                .Concat(entity.GetProperties().Select(p => p.GetColumnName()))
                .Concat(entity.GetDeclaredKeys().Select(k => k.GetName()!))
                .Concat(entity.GetDeclaredIndexes().Select(i => i.GetDatabaseName()!));
            var upper = names.FirstOrDefault(n => n.Any(char.IsUpper));
            if (upper is not null)
            {
                throw new InvalidOperationException($"'{upper}' in {entity.DisplayName()} is not lowercase.");
            }
        }
    }
}
