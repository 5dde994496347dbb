using Nsp.Domain.Odr;

namespace Nsp.Tests.Unit.Odr;

public sealed class PermissionTypesTests
{
    [Theory]
    [InlineData("FULL", PermissionType.Full)]
    [InlineData("FULL_WITH_RESEARCH", PermissionType.FullWithResearch)]
    [InlineData("LIMITED", PermissionType.Limited)]
    [InlineData("LIMITED_WITH_RESEARCH", PermissionType.LimitedWithResearch)]
    [InlineData("NONE", PermissionType.None)]
    [InlineData("DONT_KNOW", PermissionType.DontKnow)]
    public void Contract_texts_read_and_write_back_the_same(string text, PermissionType expected)
    {
        Assert.True(PermissionTypes.TryParse(text, out var type));
        Assert.Equal(expected, type);
        Assert.Equal(text, type.ToContractText());
    }

    [Theory]
    [InlineData("full")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("2")]
    public void Anything_else_is_not_a_permission_type(string? text) => Assert.False(PermissionTypes.TryParse(text, out _));

    [Fact]
    public void Only_limited_types_name_organs_and_only_permissions_take_relatives_acceptance()
    {
        Assert.Equal([PermissionType.Limited, PermissionType.LimitedWithResearch], Enum.GetValues<PermissionType>().Where(t => t.NamesOrgans()));
        Assert.Equal(
            [PermissionType.Full, PermissionType.FullWithResearch, PermissionType.Limited, PermissionType.LimitedWithResearch],
            Enum.GetValues<PermissionType>().Where(t => t.AllowsRelativeAcceptance()));
    }
}
