using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Nsp.Application.Shared.Health;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Domain.Shared.Persons;
using Nsp.Infrastructure.Shared.Http;

namespace Nsp.Infrastructure.Shared.NationalServices.PersonInformation;

/// <summary>
/// PersonInformation over HTTP and JSON (docs/personinformation-http.md), relative to <c>personinformation.url</c>:
/// <list type="bullet">
/// <item><c>GET persons/{cpr}</c> → 200 <c>{"cpr":"0101701234","status":"01","statusStartDate":"2020-01-01"}</c>
/// (<c>statusStartDate</c> may be null or absent), or 404 when the CPR is unknown.</item>
/// <item><c>POST persons/query</c> with <c>{"cprs":["0101701234",...]}</c> (at most 500) → 200
/// <c>{"persons":[{...},...]}</c> holding only the known CPRs.</item>
/// <item><c>GET persons?birthDate=yyyy-MM-dd</c> → 200 <c>{"cprs":["0101701234",...]}</c>.</item>
/// </list>
/// An answer that does not match (wrong CPR, a CPR not asked for, a bad code or date) is malformed.
/// </summary>
public sealed class HttpPersonInformationClient : OutboundHttpClient, IPersonInformationClient
{
    /// <summary>Most CPRs per query request; larger batches are split.</summary>
    public const int MaxCprsPerQuery = 500;

    public HttpPersonInformationClient(HttpClient httpClient, DependencyErrorWindow errorWindow, ILogger<HttpPersonInformationClient> logger)
        : base("PersonInformation", httpClient, errorWindow, logger)
    {
    }

    public Task<PersonStatus?> GetStatusAsync(Cpr cpr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cpr);
        return SendAsync(
            () => new HttpRequestMessage(HttpMethod.Get, new Uri("persons/" + cpr, UriKind.Relative)),
            async (response, ct) =>
            {
                if (response.StatusCode == HttpStatusCode.NotFound)
                {
                    return null;
                }

                var json = await ReadAsync(response, PersonInformationJsonContext.Default.PersonJson, ct);
                var status = PersonJsonMapper.ToStatus(json, "the person");
                return status.Cpr == cpr ? status : throw new FormatException("the answer is about another cpr");
            },
            cancellationToken,
            HttpStatusCode.NotFound);
    }

    public async Task<IReadOnlyList<PersonStatus>> GetStatusesAsync(IReadOnlyCollection<Cpr> cprs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cprs);
        var result = new List<PersonStatus>(cprs.Count);
        foreach (var chunk in cprs.Distinct().Chunk(MaxCprsPerQuery))
        {
            result.AddRange(await QueryAsync(chunk, cancellationToken));
        }

        return result;
    }

    public Task<IReadOnlyList<Cpr>> FindBornOnAsync(DateOnly birthDate, CancellationToken cancellationToken)
    {
        var query = "persons?birthDate=" + birthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return SendAsync<IReadOnlyList<Cpr>>(
            () => new HttpRequestMessage(HttpMethod.Get, new Uri(query, UriKind.Relative)),
            async (response, ct) =>
            {
                var json = await ReadAsync(response, PersonInformationJsonContext.Default.CprListJson, ct);
                if (json.Cprs is null)
                {
                    throw new FormatException("the answer has no cprs");
                }

                var found = new List<Cpr>(json.Cprs.Count);
                for (var i = 0; i < json.Cprs.Count; i++)
                {
                    var cpr = PersonJsonMapper.ToCpr(json.Cprs[i], $"cprs[{i}]");
                    found.Add(cpr.BirthDate == birthDate ? cpr : throw new FormatException($"cprs[{i}] is born on another date"));
                }

                return found;
            },
            cancellationToken);
    }

    protected override Exception CreateUnavailableException(DependencyFailureKind reason, string message, Exception? innerException) =>
        new PersonInformationUnavailableException(reason, message, innerException);

    private Task<IReadOnlyList<PersonStatus>> QueryAsync(Cpr[] chunk, CancellationToken cancellationToken)
    {
        var body = new PersonQueryJson(Array.ConvertAll(chunk, c => c.ToString()));
        return SendAsync<IReadOnlyList<PersonStatus>>(
            () => new HttpRequestMessage(HttpMethod.Post, new Uri("persons/query", UriKind.Relative))
            {
                Content = JsonContent.Create(body, PersonInformationJsonContext.Default.PersonQueryJson),
            },
            async (response, ct) =>
            {
                var json = await ReadAsync(response, PersonInformationJsonContext.Default.PersonListJson, ct);
                if (json.Persons is null)
                {
                    throw new FormatException("the answer has no persons");
                }

                var asked = new HashSet<Cpr>(chunk);
                var statuses = new List<PersonStatus>(json.Persons.Count);
                for (var i = 0; i < json.Persons.Count; i++)
                {
                    var status = PersonJsonMapper.ToStatus(json.Persons[i], $"persons[{i}]");

                    // Removing also catches a CPR answered twice.
                    if (!asked.Remove(status.Cpr))
                    {
                        throw new FormatException($"persons[{i}] was not asked for or is repeated");
                    }

                    statuses.Add(status);
                }

                return statuses;
            },
            cancellationToken);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        await using (stream)
        {
            return await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken)
                ?? throw new FormatException("the answer is empty");
        }
    }
}
