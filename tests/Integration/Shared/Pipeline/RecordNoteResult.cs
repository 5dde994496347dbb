namespace Nsp.Tests.Integration.Shared.Pipeline;

public sealed record RecordNoteResult(string Text);
