using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Nsp.Infrastructure.Shared.Persistence;

/// <summary>Every stored instant is UTC: SQLite returns <see cref="DateTimeKind.Unspecified"/> and Npgsql refuses
/// anything but <see cref="DateTimeKind.Utc"/> for <c>timestamptz</c>. Local values are converted; unspecified
/// ones are taken as UTC.</summary>
public sealed class UtcDateTimeConverter : ValueConverter<DateTime, DateTime>
{
    public UtcDateTimeConverter()
        : base(value => ToUtc(value), value => DateTime.SpecifyKind(value, DateTimeKind.Utc))
    {
    }

    public static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
