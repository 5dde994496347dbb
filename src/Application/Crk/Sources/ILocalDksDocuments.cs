namespace Nsp.Application.Crk.Sources;

/// <summary>The DKS documents this process serves itself (each service's <c>/dksconfig</c> page), so a source
/// <c>local:&lt;path&gt;</c> reads one without a network hop.</summary>
public interface ILocalDksDocuments
{
    /// <summary>The document served at <paramref name="path"/> (e.g. <c>/odr/dksconfig</c>), or null when this process
    /// serves none there.</summary>
    byte[]? Find(string path);
}
