using Nsp.Domain.Idsas.DeadLetters;

namespace Nsp.Application.Idsas.DeadLetters;

/// <summary>The <c>dead_letter</c> table; adding joins the caller's unit of work.</summary>
public interface IDeadLetterRepository
{
    void Add(DeadLetter deadLetter);

    Task<int> CountAsync(CancellationToken cancellationToken);
}
