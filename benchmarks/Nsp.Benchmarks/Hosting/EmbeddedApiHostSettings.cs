using Microsoft.Extensions.Logging;
using Nsp.Application.Idsas.Configuration;

namespace Nsp.Benchmarks.Hosting;

/// <summary>What differs between the benchmarks' hosts; everything else is the embedded default.</summary>
public sealed record EmbeddedApiHostSettings
{
    /// <summary><c>idsas.lookup.strategy</c> in lookup's property file.</summary>
    public LookupStrategy LookupStrategy { get; init; } = LookupStrategy.Cpr;

    /// <summary>Citizens PersonInformation (the sample registry file) knows as alive, so CreateBlurring accepts them.</summary>
    public IReadOnlyList<string> KnownCitizens { get; init; } = [];

    /// <summary><c>Logging:LogLevel:Default</c>. The embedded default ships none, so .NET's Information applies,
    /// which writes every SQL command and request to the console; Warning measures the service, not the console.</summary>
    public LogLevel LogLevel { get; init; } = LogLevel.Warning;

    /// <summary>Serve on Kestrel at 127.0.0.1 on a free port (the load driver) instead of the in-memory test server.</summary>
    public bool Kestrel { get; init; }

    /// <summary><c>nsp.services</c>, or null for the default (which does not include ODR yet).</summary>
    public string? Services { get; init; }

    /// <summary>Citizens ODR's PersonInformation (its sample registry file, <c>odr-sample-persons.json</c>) knows as
    /// alive, besides the first start's four. Only written when <see cref="Services"/> names <c>odr</c>.</summary>
    public IReadOnlyList<string> OdrKnownCitizens { get; init; } = [];
}
