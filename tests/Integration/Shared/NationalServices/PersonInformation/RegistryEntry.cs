namespace Nsp.Tests.Integration.Shared.NationalServices.PersonInformation;

/// <summary>One person as the tests seed a registry (server or file).</summary>
public sealed record RegistryEntry(string Cpr, string Status, string? StatusStartDate);
