using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Pipeline;

namespace Nsp.Infrastructure.Shared.UnitOfWork;

public static class UnitOfWorkRegistration
{
    /// <summary>The service's <see cref="IUnitOfWork"/> (keyed scoped by <paramref name="service"/>) on its scoped
    /// <typeparamref name="TContext"/>; register the context first (<c>AddServiceDatabase</c>).</summary>
    public static IServiceCollection AddServiceUnitOfWork<TContext>(this IServiceCollection services, NspService service)
        where TContext : DbContext
    {
        services.AddKeyedScoped<IUnitOfWork>(service, (sp, _) => new EfUnitOfWork<TContext>(sp.GetRequiredService<TContext>()));
        return services;
    }
}
