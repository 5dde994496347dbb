using NSubstitute;
using Nsp.Application.MinLog.Registration;
using Nsp.Application.MinLog.Registration.AddRegistrations;
using Nsp.Application.Shared.MinLog;
using Nsp.Application.Shared.Security;

namespace Nsp.Tests.Unit.MinLog.Registration;

public sealed class AddRegistrationsHandlerTests
{
    private readonly IMinLogEntryStore _store = Substitute.For<IMinLogEntryStore>();
    private readonly ISecurityContextAccessor _security = Substitute.For<ISecurityContextAccessor>();
    private readonly List<IReadOnlyList<MinLogEntry>> _stored = [];

    public AddRegistrationsHandlerTests()
    {
        _security.Current.Returns(new SecurityContext { Kind = CallerKind.SystemCard, SoapHeaders = new SoapHeaderValues(MessageId: "message-1") });
        _store.StoreAsync(Arg.Do<IReadOnlyList<MinLogEntry>>(_stored.Add), Arg.Any<CancellationToken>()).Returns(call => Task.FromResult(call.Arg<IReadOnlyList<MinLogEntry>>().Count));
    }

    private static LogDataEntryMessage Entry(string? sequence, string cpr = "0101701234") => new()
    {
        SystemName = "Testsystem",
        Activity = "Opslag",
        DateTime = "2026-12-01T10:00:00Z",
        OrganisationId = "25450442",
        OrganisationIdSource = "CVR",
        OrganisationName = "Testorganisation",
        PersonIdentifier = cpr,
        PersonIdentifierSource = "CPR",
        CorrelationId = "session-1",
        SequenceNumber = sequence,
        UserPersonIdentifier = "0101801234",
        UserPersonIdentifierSource = "CPR",
        Reason = "Behandling",
    };

    private Task<AddRegistrationsResult> Handle(params LogDataEntryMessage[] entries) =>
        new AddRegistrationsHandler(_store, _security).Handle(new AddRegistrationsCommand(entries), CancellationToken.None);

    [Fact]
    public async Task Good_entries_are_stored_together_and_bad_ones_listed_by_position()
    {
        var result = await Handle(Entry("s1"), Entry("s2") with { Activity = null }, Entry("s3"));

        Assert.Equal((2, 1), (result.NumberAdded, result.NumberFailed));
        var failed = Assert.Single(result.Failed);
        Assert.Equal(("missing_element", "LogDataEntry 2: Activity is required.", "s2"), (failed.FaultCode, failed.FaultText, failed.SequenceNumber));
        var batch = Assert.Single(_stored);
        Assert.Equal(["s1", "s3"], batch.Select(e => e.RegKode));
    }

    [Fact]
    public async Task An_entry_maps_to_the_seeds_fields_and_keeps_its_details()
    {
        await Handle(Entry("s1"));

        var entry = Assert.Single(Assert.Single(_stored));
        Assert.Equal(
            ("s1", "0101701234", "0101801234", "25450442", "Testorganisation", "Testsystem", "Opslag", "session-1"),
            (entry.RegKode, entry.CprNrBorger, entry.Bruger, entry.OrgUsingId, entry.OrgUsingName, entry.SystemName, entry.Handling, entry.SessionId));
        Assert.Equal(new DateTime(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc), entry.Tidspunkt);
        Assert.Equal(("Behandling", "CVR"), (entry.Details!.Reason, entry.Details.OrgUsingIdSource));
    }

    [Fact]
    public async Task A_missing_SequenceNumber_is_generated_the_same_for_a_resent_call_and_differently_per_position()
    {
        await Handle(Entry(null), Entry(null));
        await Handle(Entry(null), Entry(null));

        Assert.Equal(_stored[0].Select(e => e.RegKode), _stored[1].Select(e => e.RegKode));
        Assert.NotEqual(_stored[0][0].RegKode, _stored[0][1].RegKode);
        Assert.All(_stored[0], e => Assert.True(Guid.TryParse(e.RegKode, out _)));
    }

    [Fact]
    public async Task Nothing_is_stored_when_every_entry_fails_and_a_too_long_SequenceNumber_is_not_echoed()
    {
        var result = await Handle(Entry(new string('s', 37)));

        Assert.Equal((0, 1), (result.NumberAdded, result.NumberFailed));
        Assert.Null(Assert.Single(result.Failed).SequenceNumber);
        await _store.DidNotReceive().StoreAsync(Arg.Any<IReadOnlyList<MinLogEntry>>(), Arg.Any<CancellationToken>());
    }
}
