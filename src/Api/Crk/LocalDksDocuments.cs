using Nsp.Api.Shared.Dcc;
using Nsp.Application.Crk.Sources;

namespace Nsp.Api.Crk;

/// <summary>The DKS pages this process serves (<see cref="DksConfigCatalogue"/>), for <c>local:</c> sources.</summary>
public sealed class LocalDksDocuments(DksConfigCatalogue catalogue) : ILocalDksDocuments
{
    public byte[]? Find(string path) => catalogue.Find(path);
}
