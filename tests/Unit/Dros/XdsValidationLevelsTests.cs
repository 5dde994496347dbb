using Nsp.Domain.Dros;

namespace Nsp.Tests.Unit.Dros;

public sealed class XdsValidationLevelsTests
{
    [Fact]
    public void Each_level_does_what_the_seed_says_with_errors()
    {
        Assert.False(XdsValidationLevel.Off.Validates());
        Assert.True(XdsValidationLevel.Log.AuditsErrors());
        Assert.False(XdsValidationLevel.Log.AddsWarningsToAnswer());
        Assert.False(XdsValidationLevel.Log.RejectsOnErrors());
        Assert.True(XdsValidationLevel.Warning.AuditsErrors());
        Assert.True(XdsValidationLevel.Warning.AddsWarningsToAnswer());
        Assert.False(XdsValidationLevel.Warning.RejectsOnErrors());
        Assert.True(XdsValidationLevel.Reject.RejectsOnErrors());
    }

    [Theory]
    [InlineData("OFF", XdsValidationLevel.Off)]
    [InlineData("warning", XdsValidationLevel.Warning)]
    [InlineData(" LOG ", XdsValidationLevel.Log)]
    [InlineData("REJECT", XdsValidationLevel.Reject)]
    public void Property_values_are_read_in_any_case(string text, XdsValidationLevel expected)
    {
        Assert.True(XdsValidationLevels.TryParse(text, out var level));
        Assert.Equal(expected, level);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("STRICT")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_values_are_refused(string? text) => Assert.False(XdsValidationLevels.TryParse(text, out _));
}
