using Nsp.Application.Shared.Health;
using Nsp.Application.Shared.NationalServices.DigitalPost;

namespace Nsp.Tests.Unit.Shared.DigitalPost;

public sealed class DigitalPostUnavailableExceptionTests
{
    [Fact]
    public void The_exception_keeps_why_the_adapter_failed_and_the_cause()
    {
        var cause = new TimeoutException();

        var exception = new DigitalPostUnavailableException(DependencyFailureKind.Timeout, "Digital Post did not answer.", cause);

        Assert.Equal((DependencyFailureKind.Timeout, "Digital Post did not answer."), (exception.Reason, exception.Message));
        Assert.Same(cause, exception.InnerException);
    }
}
