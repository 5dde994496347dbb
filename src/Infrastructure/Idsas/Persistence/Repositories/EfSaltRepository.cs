using Microsoft.EntityFrameworkCore;
using Nsp.Application.Idsas.Salts;
using Nsp.Domain.Idsas.Salts;

namespace Nsp.Infrastructure.Idsas.Persistence.Repositories;

public sealed class EfSaltRepository(IdsasDbContext context) : ISaltRepository
{
    // Newest by creation, then by id for two salts renewed within one clock tick.
    public Task<Salt?> CurrentAsync(CancellationToken cancellationToken) =>
        context.Salts.AsNoTracking().OrderByDescending(s => s.Created).ThenByDescending(s => s.Id).FirstOrDefaultAsync(cancellationToken);

    public void Add(Salt salt) => context.Salts.Add(salt);
}
