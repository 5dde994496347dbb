namespace Nsp.Application.Shared.Pipeline;

/// <summary>One database transaction for one request; registered as a keyed scoped service per <see cref="NspService"/>.</summary>
public interface IUnitOfWork
{
    /// <summary>Begins a transaction, or joins the one already open in this scope.</summary>
    Task<IUnitOfWorkTransaction> BeginAsync(CancellationToken cancellationToken);
}
