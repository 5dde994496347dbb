using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared.Health;
using Nsp.Application.Shared.NationalServices.DigitalPost;
using Nsp.Domain.Shared.Persons;
using Nsp.Infrastructure.Shared.NationalServices.DigitalPost;

namespace Nsp.Tests.Integration.Shared.NationalServices.DigitalPost;

/// <summary>The file-backed Digital Post: one JSON line per letter, idempotent by message id, safe under concurrency.</summary>
public sealed class FileDigitalPostClientTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "nsp-digitalpost-" + Guid.NewGuid().ToString("N"));
    private readonly DependencyErrorWindow _window = new(0, TimeSpan.FromMinutes(10), TimeProvider.System);

    public FileDigitalPostClientTests() => Directory.CreateDirectory(_directory);

    private string LettersFile => Path.Combine(_directory, "letters.jsonl");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static DigitalPostLetter Letter(Guid? id = null, string template = "ODR/20250911/digital/18aarHarTagetStilling") => new(
        id ?? Guid.NewGuid(),
        Cpr.Parse("0101701234"),
        template,
        "ODR/20250911/physical/18aarHarTagetStilling",
        [new("name", "Søren")],
        [new("year", "2025")]);

    private List<JsonElement> Lines() =>
        [.. File.ReadAllLines(LettersFile).Select(l => JsonDocument.Parse(l).RootElement)];

    [Fact]
    public async Task A_letter_is_appended_as_one_json_line_to_a_file_it_creates()
    {
        var client = new FileDigitalPostClient(LettersFile, _window);
        var first = Letter();
        var second = Letter();

        var receipt = await client.SendAsync(first, CancellationToken.None);
        await client.SendAsync(second, CancellationToken.None);

        Assert.Equal(new DigitalPostReceipt(first.MessageId, FileDigitalPostClient.RecordedStatus), receipt);
        var lines = Lines();
        Assert.Equal([first.MessageId.ToString(), second.MessageId.ToString()], lines.Select(l => l.GetProperty("messageId").GetString()));
        Assert.Equal("0101701234", lines[0].GetProperty("recipientId").GetString());
        Assert.Equal("1.2.208.176.1.2", lines[0].GetProperty("recipientIdSource").GetString());
        Assert.Equal(first.TemplateDigital, lines[0].GetProperty("templateDigital").GetString());
        Assert.Equal(first.TemplatePhysical, lines[0].GetProperty("templatePhysical").GetString());
        Assert.Equal("Søren", lines[0].GetProperty("recipientDetails")[0].GetProperty("value").GetString());
        Assert.Equal("year", lines[0].GetProperty("templateDetails")[0].GetProperty("key").GetString());
        Assert.Equal(0, _window.FailureCount);
    }

    [Fact]
    public async Task A_repeated_message_id_is_not_written_again_and_gets_the_same_receipt()
    {
        var letter = Letter();
        var first = await new FileDigitalPostClient(LettersFile).SendAsync(letter, CancellationToken.None);

        // A new client (a restarted process) finds the id in the file.
        var again = await new FileDigitalPostClient(LettersFile).SendAsync(letter, CancellationToken.None);

        Assert.Equal(first, again);
        Assert.Single(Lines());
    }

    [Fact]
    public async Task Concurrent_sends_from_two_tasks_and_two_clients_lose_nothing_and_write_each_id_once()
    {
        var letters = Enumerable.Range(0, 100).Select(_ => Letter()).ToList();
        var a = new FileDigitalPostClient(LettersFile);
        var b = new FileDigitalPostClient(LettersFile);

        // Both tasks send every letter, in opposite orders, so every id is raced for.
        await Task.WhenAll(
            Task.Run(async () => { foreach (var l in letters) { await a.SendAsync(l, CancellationToken.None); } }),
            Task.Run(async () => { foreach (var l in Enumerable.Reverse(letters)) { await b.SendAsync(l, CancellationToken.None); } }));

        var ids = Lines().Select(l => l.GetProperty("messageId").GetString()).ToList();
        Assert.Equal(100, ids.Count);
        Assert.Equal(letters.Select(l => l.MessageId.ToString()).Order(), ids.Order());
    }

    [Fact]
    public async Task An_absent_directory_is_unavailable_and_counts_in_the_window()
    {
        var client = new FileDigitalPostClient(Path.Combine(_directory, "gone", "letters.jsonl"), _window);

        var e = await Assert.ThrowsAsync<DigitalPostUnavailableException>(() => client.SendAsync(Letter(), CancellationToken.None));

        Assert.Equal(DependencyFailureKind.Missing, e.Reason);
        Assert.Contains("directory does not exist", e.Message, StringComparison.Ordinal);
        Assert.True(_window.IsFailing);
    }

    [Fact]
    public async Task A_directory_that_cannot_be_used_is_unavailable()
    {
        // Runs as root here, so permissions cannot make a directory unreadable: a file where the directory should be can.
        var notADirectory = Path.Combine(_directory, "plain-file");
        await File.WriteAllTextAsync(notADirectory, "x");
        var client = new FileDigitalPostClient(Path.Combine(notADirectory, "letters.jsonl"), _window);

        var e = await Assert.ThrowsAsync<DigitalPostUnavailableException>(() => client.SendAsync(Letter(), CancellationToken.None));

        Assert.Equal(DependencyFailureKind.Missing, e.Reason);
        Assert.Equal(1, _window.FailureCount);
    }

    [Fact]
    public async Task The_letters_file_being_a_directory_is_unavailable()
    {
        Directory.CreateDirectory(LettersFile);

        var e = await Assert.ThrowsAsync<DigitalPostUnavailableException>(() =>
            new FileDigitalPostClient(LettersFile, _window).SendAsync(Letter(), CancellationToken.None));

        Assert.Equal(DependencyFailureKind.Missing, e.Reason);
    }

    [Theory]
    [InlineData("not json\n", "line 1 is not a JSON object")]
    [InlineData("{\"messageId\":\"x\"}\n", "line 1 has no messageId")]
    [InlineData("{\"messageId\":\"3f2504e0-4f89-41d3-9a0c-0305e82c3301\"}", "last line is incomplete")]
    public async Task A_file_that_cannot_be_read_is_malformed_and_nothing_is_written(string contents, string expected)
    {
        await File.WriteAllTextAsync(LettersFile, contents);

        var e = await Assert.ThrowsAsync<DigitalPostUnavailableException>(() =>
            new FileDigitalPostClient(LettersFile, _window).SendAsync(Letter(), CancellationToken.None));

        Assert.Equal(DependencyFailureKind.Malformed, e.Reason);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Equal(contents, await File.ReadAllTextAsync(LettersFile));
    }

    [Fact]
    public async Task A_line_added_by_another_writer_is_seen_before_the_next_send()
    {
        var client = new FileDigitalPostClient(LettersFile);
        await client.SendAsync(Letter(), CancellationToken.None);
        var theirs = Letter();
        await new FileDigitalPostClient(LettersFile).SendAsync(theirs, CancellationToken.None);

        await client.SendAsync(theirs, CancellationToken.None);

        Assert.Equal(2, Lines().Count);
    }

    [Fact]
    public async Task File_mode_registers_a_singleton_that_records_letters()
    {
        await using var provider = new ServiceCollection().AddLogging()
            .AddDigitalPost(new DigitalPostSettings { Mode = DigitalPostMode.File, File = LettersFile })
            .BuildServiceProvider();

        await provider.GetRequiredService<IDigitalPostClient>().SendAsync(Letter(), CancellationToken.None);

        Assert.Same(provider.GetRequiredService<IDigitalPostClient>(), provider.GetRequiredService<IDigitalPostClient>());
        Assert.Single(Lines());
        Assert.Equal(0, provider.GetRequiredKeyedService<DependencyErrorWindow>(DigitalPostRegistration.ServiceKey).FailureCount);
    }

    [Theory]
    [InlineData(null, "digitalpost.file is required when digitalpost.mode = file.")]
    [InlineData("gone/letters.jsonl", "must name a file in an existing directory")]
    public void File_mode_without_a_usable_file_stops_registration(string? relative, string expected)
    {
        var file = relative is null ? null : Path.Combine(_directory, relative);

        var e = Assert.Throws<InvalidOperationException>(() =>
            new ServiceCollection().AddDigitalPost(new DigitalPostSettings { Mode = DigitalPostMode.File, File = file }));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }
}
