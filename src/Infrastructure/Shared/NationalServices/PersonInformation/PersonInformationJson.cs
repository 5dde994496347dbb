using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nsp.Infrastructure.Shared.NationalServices.PersonInformation;

/// <summary>One person on the wire and in the registry file: <c>{"cpr":"...","status":"01","statusStartDate":"2020-01-01"}</c>.</summary>
internal sealed record PersonJson(string? Cpr, string? Status, string? StatusStartDate);

/// <summary>Body of <c>POST persons/query</c>.</summary>
internal sealed record PersonQueryJson(IReadOnlyList<string> Cprs);

/// <summary>Answer to <c>POST persons/query</c>.</summary>
internal sealed record PersonListJson(IReadOnlyList<PersonJson?>? Persons);

/// <summary>Answer to <c>GET persons?birthDate=</c>.</summary>
internal sealed record CprListJson(IReadOnlyList<string?>? Cprs);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PersonJson))]
[JsonSerializable(typeof(PersonQueryJson))]
[JsonSerializable(typeof(PersonListJson))]
[JsonSerializable(typeof(CprListJson))]
[JsonSerializable(typeof(PersonJson?[]))]
internal sealed partial class PersonInformationJsonContext : JsonSerializerContext;
