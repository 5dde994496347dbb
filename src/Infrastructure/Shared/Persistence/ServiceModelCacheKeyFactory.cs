using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Nsp.Infrastructure.Shared.Persistence;

/// <summary>EF caches one model per context type; ours differ by schema (and provider), so the key includes both.</summary>
public sealed class ServiceModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) => context is ServiceDbContext service
        ? (context.GetType(), service.DatabaseOptions.Provider, service.DatabaseOptions.Schema, designTime)
        : (context.GetType(), designTime);
}
