using Nsp.Domain.Idsas.Blurrings;

namespace Nsp.Application.Idsas.Blurrings.Persisting;

/// <summary>DATABASE: the upsert joins the request's transaction.</summary>
public sealed class DatabaseBlurringWriter(IBlurringRepository blurrings) : IBlurringWriter
{
    public Task WriteAsync(Blurring blurring, CancellationToken cancellationToken) => blurrings.UpsertAsync(blurring, cancellationToken);
}
