using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Api.Shared.Modules;

/// <summary>What a part needs to register itself: the configuration (its property file's section), the host's
/// validated <c>nsp.*</c> options and where log files go.</summary>
public sealed record ModuleContext(IConfiguration Configuration, NspHostOptions Host, string LogDirectory)
{
    /// <summary>The keys of one of the operator's property files, e.g. <c>idsas-operations</c>.</summary>
    public PropertySection Properties(string file) => new(Configuration, file);
}
