namespace Nsp.Application.Crk;

/// <summary>Each configId reloads as a job of its own: its own lease, state and alarm line.</summary>
public static class CrkJobNames
{
    public const string ReloadPrefix = "crk-reload-";

    public static string Reload(string configId) => ReloadPrefix + configId;
}
