using MediatR;

namespace Nsp.Tests.Integration.Shared.Pipeline;

public sealed class RecordNoteCommandHandler(TestServiceDbContext context) : IRequestHandler<RecordNoteCommand, RecordNoteResult>
{
    public Task<RecordNoteResult> Handle(RecordNoteCommand request, CancellationToken cancellationToken)
    {
        // Tracked, not saved: the unit of work saves it, or forgets it when the request fails.
        context.Notes.Add(new TestNoteRecord { Text = request.Text });
        if (request.FailInHandler)
        {
            throw new InvalidOperationException("handler failed");
        }

        return Task.FromResult(new RecordNoteResult(request.Text));
    }
}
