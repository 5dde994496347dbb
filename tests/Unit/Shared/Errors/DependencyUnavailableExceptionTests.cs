using Nsp.Application.Shared.Errors;

namespace Nsp.Tests.Unit.Shared.Errors;

public sealed class DependencyUnavailableExceptionTests
{
    [Fact]
    public void The_exception_names_the_dependency_that_failed()
    {
        var cause = new TimeoutException();

        var exception = new DependencyUnavailableException("PersonInformation", "PersonInformation did not answer.", cause);

        Assert.Equal(("PersonInformation", "PersonInformation did not answer.", false), (exception.Dependency, exception.Message, exception.RetryAdvised));
        Assert.Same(cause, exception.InnerException);
    }

    [Fact]
    public void The_standard_constructors_name_no_dependency()
    {
        var cause = new TimeoutException();

        Assert.Equal(string.Empty, new DependencyUnavailableException().Dependency);
        Assert.Equal(string.Empty, new DependencyUnavailableException("down").Dependency);
        Assert.Equal(string.Empty, new DependencyUnavailableException("down", cause).Dependency);
    }
}
