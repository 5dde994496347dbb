using Nsp.Application.Shared.Audit;

namespace Nsp.Tests.Unit.Shared.Audit;

public sealed class AuditAccessTests
{
    [Fact]
    public void A_new_access_block_has_empty_texts_and_empty_maps()
    {
        var access = new AuditAccess();

        Assert.Equal(
            (string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty),
            (access.HttpHost, access.Method, access.Path, access.Query, access.Protocol, access.ThreadId));
        Assert.Empty(access.HttpHeaders);
        Assert.Empty(access.IdCardAttributes);
        Assert.Empty(access.SoapHeaders);
        Assert.Empty(access.Stats);
    }

    [Fact]
    public void The_maps_keep_their_keys_in_ordinal_order()
    {
        var access = new AuditAccess();

        access.SoapHeaders["b"] = "2";
        access.SoapHeaders["B"] = "1";
        access.SoapHeaders["a"] = "3";
        access.Stats["handlerDuration"] = 2;
        access.Stats["Total"] = 3;

        Assert.Equal(["B", "a", "b"], access.SoapHeaders.Keys);
        Assert.Equal(["Total", "handlerDuration"], access.Stats.Keys);
    }
}
