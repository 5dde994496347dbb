using Microsoft.EntityFrameworkCore;
using Nsp.Application.Idsas.DeadLetters;
using Nsp.Domain.Idsas.DeadLetters;

namespace Nsp.Infrastructure.Idsas.Persistence.Repositories;

public sealed class EfDeadLetterRepository(IdsasDbContext context) : IDeadLetterRepository
{
    public void Add(DeadLetter deadLetter) => context.DeadLetters.Add(deadLetter);

    public Task<int> CountAsync(CancellationToken cancellationToken) => context.DeadLetters.CountAsync(cancellationToken);
}
