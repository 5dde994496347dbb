using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Nsp.Application.Shared.Pipeline;

namespace Nsp.Infrastructure.Shared.UnitOfWork;

/// <summary>An open <see cref="EfUnitOfWork{TContext}"/>. The owner saves and commits; a joined unit only saves.
/// Disposing an owned unit that was not committed rolls back and forgets every tracked change, so a failed
/// request's entities are not saved by a later SaveChanges in the same scope.</summary>
public sealed class EfUnitOfWorkTransaction : IUnitOfWorkTransaction
{
    private readonly DbContext _context;
    private readonly IDbContextTransaction? _transaction;
    private bool _committed;
    private bool _disposed;

    private EfUnitOfWorkTransaction(DbContext context, IDbContextTransaction? transaction)
    {
        _context = context;
        _transaction = transaction;
    }

    /// <summary>True when this unit began the transaction (and so commits or rolls it back).</summary>
    public bool IsOwner => _transaction is not null;

    public static EfUnitOfWorkTransaction Owned(DbContext context, IDbContextTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        return new EfUnitOfWorkTransaction(context, transaction);
    }

    public static EfUnitOfWorkTransaction Joined(DbContext context) => new(context, null);

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_committed)
        {
            throw new InvalidOperationException("This unit of work has already been committed.");
        }

        await _context.SaveChangesAsync(cancellationToken);
        if (_transaction is not null)
        {
            await _transaction.CommitAsync(cancellationToken);
        }

        _committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_transaction is null)
        {
            // Joined: the owner decides; its own dispose rolls back if the failure reaches it.
            return;
        }

        try
        {
            if (!_committed)
            {
                _context.ChangeTracker.Clear();
                await RollBackQuietlyAsync(_transaction);
            }
        }
        finally
        {
            await _transaction.DisposeAsync();
        }
    }

    private static async Task RollBackQuietlyAsync(IDbContextTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
#pragma warning disable CA1031 // The request's own exception is the one to surface; a failed rollback ends with the connection anyway.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
