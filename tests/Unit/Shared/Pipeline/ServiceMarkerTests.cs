using Nsp.Application.Brs;
using Nsp.Application.Crk;
using Nsp.Application.Dros;
using Nsp.Application.Idsas;
using Nsp.Application.Odr;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Pipeline;

namespace Nsp.Tests.Unit.Shared.Pipeline;

public sealed class ServiceMarkerTests
{
    [Fact]
    public void Each_services_marker_routes_its_requests_to_that_service()
    {
        Assert.Equal(NspService.Idsas, ((IServiceRequest)new IdsasProbe()).Service);
        Assert.Equal(NspService.Odr, ((IServiceRequest)new OdrProbe()).Service);
        Assert.Equal(NspService.Brs, ((IServiceRequest)new BrsProbe()).Service);
        Assert.Equal(NspService.Crk, ((IServiceRequest)new CrkProbe()).Service);
        Assert.Equal(NspService.Dros, ((IServiceRequest)new DrosProbe()).Service);
    }

    private sealed record IdsasProbe : IIdsasRequest;

    private sealed record OdrProbe : IOdrRequest;

    private sealed record BrsProbe : IBrsRequest;

    private sealed record CrkProbe : ICrkRequest;

    private sealed record DrosProbe : IDrosRequest;
}
