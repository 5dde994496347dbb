using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Api.Shared.Modules;

/// <summary>What a part needs to register itself: the configuration (its property file's section) and the host's
/// validated <c>nsp.*</c> options.</summary>
public sealed record ModuleContext(IConfiguration Configuration, NspHostOptions Host)
{
    /// <summary>The keys of one of the operator's property files, e.g. <c>idsas-operations</c>.</summary>
    public PropertySection Properties(string file) => new(Configuration, file);
}
