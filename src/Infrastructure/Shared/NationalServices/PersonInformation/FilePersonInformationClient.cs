using System.Text.Json;
using Nsp.Application.Shared.Health;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Domain.Shared.Persons;

namespace Nsp.Infrastructure.Shared.NationalServices.PersonInformation;

/// <summary>
/// PersonInformation from the operator's registry file (<c>personinformation.file</c>): a JSON array of
/// <c>{"cpr":"0101701234","status":"01","statusStartDate":"2020-01-01"}</c>. Loaded at construction (so a missing or
/// malformed file fails at start-up) and reloaded when its write time or size changes. A file that goes bad later
/// makes calls throw <see cref="PersonInformationUnavailableException"/> naming the file and the problem; the last
/// good contents are not used, since answering from stale data would hide the operator's mistake.
/// </summary>
public sealed class FilePersonInformationClient : IPersonInformationClient
{
    private readonly string _path;
    private readonly DependencyErrorWindow? _errorWindow;
    private readonly Lock _gate = new();
    private Registry _registry;

    public FilePersonInformationClient(string path, DependencyErrorWindow? errorWindow = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _path = Path.GetFullPath(path);
        _errorWindow = errorWindow;
        _registry = Load(Stamp());
    }

    public Task<PersonStatus?> GetStatusAsync(Cpr cpr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cpr);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Current().Persons.GetValueOrDefault(cpr));
    }

    public Task<IReadOnlyList<PersonStatus>> GetStatusesAsync(IReadOnlyCollection<Cpr> cprs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cprs);
        cancellationToken.ThrowIfCancellationRequested();
        var persons = Current().Persons;
        IReadOnlyList<PersonStatus> found = [.. cprs.Distinct().Select(persons.GetValueOrDefault).OfType<PersonStatus>()];
        return Task.FromResult(found);
    }

    public Task<IReadOnlyList<Cpr>> FindBornOnAsync(DateOnly birthDate, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<Cpr> found = [.. Current().Persons.Keys.Where(c => c.BirthDate == birthDate)];
        return Task.FromResult(found);
    }

    private Registry Current()
    {
        lock (_gate)
        {
            var stamp = Stamp();
            if (stamp != _registry.Stamp)
            {
                _registry = Load(stamp);
            }

            _errorWindow?.RecordSuccess();
            return _registry;
        }
    }

    private (DateTime WrittenUtc, long Length) Stamp()
    {
        var info = new FileInfo(_path);
        if (!info.Exists)
        {
            throw Fail(DependencyFailureKind.Missing, $"PersonInformation registry file '{_path}' does not exist.", null);
        }

        return (info.LastWriteTimeUtc, info.Length);
    }

    private Registry Load((DateTime WrittenUtc, long Length) stamp)
    {
        PersonJson?[]? entries;
        try
        {
            using var stream = File.OpenRead(_path);
            entries = JsonSerializer.Deserialize(stream, PersonInformationJsonContext.Default.PersonJsonArray);
        }
        catch (JsonException e)
        {
            throw Fail(DependencyFailureKind.Malformed, $"PersonInformation registry file '{_path}' is malformed: not a JSON array of persons (line {e.LineNumber + 1}).", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Fail(DependencyFailureKind.Missing, $"PersonInformation registry file '{_path}' cannot be read: {e.GetType().Name}.", e);
        }

        if (entries is null)
        {
            throw Fail(DependencyFailureKind.Malformed, $"PersonInformation registry file '{_path}' is malformed: it holds null, not an array.", null);
        }

        var persons = new Dictionary<Cpr, PersonStatus>(entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            PersonStatus status;
            try
            {
                status = PersonJsonMapper.ToStatus(entries[i], $"entry {i}");
            }
            catch (FormatException e)
            {
                throw Fail(DependencyFailureKind.Malformed, $"PersonInformation registry file '{_path}' is malformed: {e.Message}.", e);
            }

            if (!persons.TryAdd(status.Cpr, status))
            {
                throw Fail(DependencyFailureKind.Malformed, $"PersonInformation registry file '{_path}' is malformed: entry {i} repeats an earlier cpr.", null);
            }
        }

        return new Registry(stamp, persons);
    }

    private PersonInformationUnavailableException Fail(DependencyFailureKind reason, string message, Exception? cause)
    {
        _errorWindow?.RecordFailure();
        return new PersonInformationUnavailableException(reason, message, cause);
    }

    private sealed record Registry((DateTime WrittenUtc, long Length) Stamp, Dictionary<Cpr, PersonStatus> Persons);
}
