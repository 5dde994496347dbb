using Nsp.Application.Odr.Registrations;

namespace Nsp.Tests.Unit.Odr.Registrations;

public sealed class DeletedCprDataTests
{
    [Fact]
    public void The_total_counts_registrations_and_notifications()
    {
        Assert.Equal(5, new DeletedCprData(Registrations: 3, Notifications: 2).Total);
    }
}
