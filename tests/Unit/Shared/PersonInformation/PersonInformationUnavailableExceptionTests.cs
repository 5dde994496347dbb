using Nsp.Application.Shared.Health;
using Nsp.Application.Shared.NationalServices.PersonInformation;

namespace Nsp.Tests.Unit.Shared.PersonInformation;

public sealed class PersonInformationUnavailableExceptionTests
{
    [Fact]
    public void The_exception_keeps_why_PersonInformation_failed_and_the_cause()
    {
        var cause = new TimeoutException();

        var exception = new PersonInformationUnavailableException(DependencyFailureKind.Timeout, "PersonInformation did not answer.", cause);

        Assert.Equal((DependencyFailureKind.Timeout, "PersonInformation did not answer."), (exception.Reason, exception.Message));
        Assert.Same(cause, exception.InnerException);
    }
}
