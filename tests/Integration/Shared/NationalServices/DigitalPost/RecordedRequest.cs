namespace Nsp.Tests.Integration.Shared.NationalServices.DigitalPost;

/// <summary>One request the fake Digital Post adapter received.</summary>
public sealed record RecordedRequest(string Body, string SoapAction, string? ContentType);
