namespace Nsp.Tests.Integration.Shared.Pipeline;

/// <summary>A row the test handlers write, so a test can see whether the request's own changes committed.</summary>
public sealed class TestNoteRecord
{
    public long Id { get; set; }

    public required string Text { get; set; }
}
