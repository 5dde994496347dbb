namespace Nsp.Api.Shared.Modules;

/// <summary>The parts this process serves, in catalogue order.</summary>
public sealed record EnabledModules(IReadOnlyList<IServiceModule> Modules)
{
    public bool Serves(string name) => Modules.Any(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
}
