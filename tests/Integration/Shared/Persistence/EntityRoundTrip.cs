using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Tests.Integration.Shared.Persistence;

/// <summary>Inserts one instance of every entity type with a value in every column (strings at their full length,
/// principals before dependants), reads each back in a fresh context and compares every property, DateTime kind
/// included. Entities are built by reflection, bypassing their factories: this tests the mapping, not the rules.</summary>
public static class EntityRoundTrip
{
    private static readonly DateTime Instant = new(2026, 11, 25, 10, 11, 12, 345, DateTimeKind.Utc);

    public static async Task RunAsync(Func<ServiceDbContext> createContext)
    {
        var inserted = new List<(IEntityType Type, object Entity)>();
        var keys = new Dictionary<IEntityType, object?[]>();
        await using (var context = createContext())
        {
            foreach (var entityType in PrincipalsFirst(context.Model))
            {
                var entity = RuntimeHelpers.GetUninitializedObject(entityType.ClrType);
                var column = 0;
                foreach (var property in entityType.GetProperties())
                {
                    column++;
                    if (property.IsPrimaryKey() && property.ValueGenerated == ValueGenerated.OnAdd)
                    {
                        continue;
                    }

                    var foreignKey = property.GetContainingForeignKeys().FirstOrDefault();
                    var value = foreignKey is not null
                        ? keys[foreignKey.PrincipalEntityType][0]
                        : Sample(property, column);
                    Set(property, entity, value);
                }

                context.Add(entity);
                await context.SaveChangesAsync();
                keys[entityType] = entityType.FindPrimaryKey()!.Properties.Select(p => Get(p, entity)).ToArray();
                inserted.Add((entityType, entity));
            }
        }

        await using (var context = createContext())
        {
            foreach (var (entityType, expected) in inserted)
            {
                var actual = await context.FindAsync(entityType.ClrType, keys[entityType]);
                Assert.NotNull(actual);
                foreach (var property in entityType.GetProperties())
                {
                    var want = Get(property, expected);
                    var got = Get(property, actual);
                    Assert.True(Equals(want, got), $"{entityType.DisplayName()}.{property.Name}: wrote '{want}', read '{got}'.");
                    if (got is DateTime instant)
                    {
                        Assert.True(instant.Kind == DateTimeKind.Utc, $"{entityType.DisplayName()}.{property.Name} came back as {instant.Kind}.");
                    }
                }
            }
        }

        Assert.NotEmpty(inserted);
    }

    private static List<IEntityType> PrincipalsFirst(IModel model)
    {
        var remaining = model.GetEntityTypes().Where(e => e.GetTableName() is not null).ToList();
        var ordered = new List<IEntityType>();
        while (remaining.Count > 0)
        {
            var next = remaining.First(e => e.GetForeignKeys().All(fk => ordered.Contains(fk.PrincipalEntityType) || fk.PrincipalEntityType == e));
            ordered.Add(next);
            remaining.Remove(next);
        }

        return ordered;
    }

    private static object Sample(IProperty property, int column)
    {
        var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        if (type == typeof(string))
        {
            const string Alphabet = "Åæø0123456789abcdefghij";
            var length = property.GetMaxLength() ?? 300;
            return string.Concat(Enumerable.Range(0, length).Select(i => Alphabet[(i + column) % Alphabet.Length]));
        }

        if (type == typeof(long))
        {
            return 9_000_000_000_000L + column;
        }

        if (type == typeof(int))
        {
            return 2_000_000_000 + column;
        }

        if (type == typeof(DateTime))
        {
            return Instant.AddMilliseconds(column);
        }

        if (type == typeof(bool))
        {
            return true;
        }

        if (type == typeof(DateOnly))
        {
            return DateOnly.FromDateTime(Instant).AddDays(column);
        }

        if (type.IsEnum)
        {
            // The last member: a stored text of the longest kind is as likely to be it as any other.
            var members = Enum.GetValues(type);
            return members.GetValue(members.Length - 1)!;
        }

        throw new InvalidOperationException($"No sample value for {type.Name} ({property.DeclaringType.DisplayName()}.{property.Name}).");
    }

    private static void Set(IProperty property, object entity, object? value)
    {
        if (property.PropertyInfo is { } info && info.GetSetMethod(nonPublic: true) is not null)
        {
            info.SetValue(entity, value);
        }
        else
        {
            (property.FieldInfo ?? throw new InvalidOperationException($"Cannot set {property.Name}.")).SetValue(entity, value);
        }
    }

    private static object? Get(IProperty property, object entity) =>
        property.PropertyInfo is { } info ? info.GetValue(entity) : property.FieldInfo!.GetValue(entity);
}
