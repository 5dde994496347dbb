using Nsp.Domain.Shared;

namespace Nsp.Application.Odr;

/// <summary>Today's date as ODR's rules count days: the Danish calendar date, as the CPR register's birth and death
/// dates are. A job started by the nightly cron shortly after Danish midnight runs before UTC midnight, so the UTC
/// date would still be yesterday.</summary>
public static class OdrToday
{
    public static DateOnly From(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(DanishTime.From(time.GetUtcNow()).DateTime);
    }
}
