using Microsoft.EntityFrameworkCore;
using Nsp.Application.Shared.Pipeline;

namespace Nsp.Infrastructure.Shared.UnitOfWork;

/// <summary>A request's transaction on the service's scoped context. When a transaction is already open on that
/// context (a job batch, or a request sent from inside another), the new unit joins it: only the owner commits.</summary>
public sealed class EfUnitOfWork<TContext> : IUnitOfWork
    where TContext : DbContext
{
    private readonly TContext _context;

    public EfUnitOfWork(TContext context)
    {
        _context = context;
    }

    public async Task<IUnitOfWorkTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        if (_context.Database.CurrentTransaction is not null)
        {
            return EfUnitOfWorkTransaction.Joined(_context);
        }

        var transaction = await _context.Database.BeginTransactionAsync(cancellationToken);
        return EfUnitOfWorkTransaction.Owned(_context, transaction);
    }
}
