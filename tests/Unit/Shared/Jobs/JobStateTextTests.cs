using Nsp.Domain.Shared.Jobs;

namespace Nsp.Tests.Unit.Shared.Jobs;

public sealed class JobStateTextTests
{
    [Fact]
    public void An_unknown_stored_state_is_refused_naming_the_text_found()
    {
        var error = Assert.Throws<ArgumentException>(() => JobStateText.Parse("PAUSED"));

        Assert.Contains("'PAUSED'", error.Message);
    }
}
