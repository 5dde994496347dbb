using Nsp.Application.Shared.MinLog;
using Nsp.Infrastructure.Shared.MinLogOutbox;

namespace Nsp.Tests.Unit.MinLog;

public sealed class MinLogLineTests
{
    [Fact]
    public void A_line_is_json_with_the_seeds_field_names_and_a_utc_timestamp_with_milliseconds()
    {
        var entry = new MinLogEntry(
            "5f0c1a6e-2b1d-5c3e-8f4a-0123456789ab", "0101801234", "0000000000", null, "33257872",
            "Lægehuset \"Nørregade\"", "Notes System", "Opslag", "flow-1",
            new DateTime(2026, 11, 25, 9, 30, 15, 7, DateTimeKind.Utc));

        Assert.Equal(
            """{"regKode":"5f0c1a6e-2b1d-5c3e-8f4a-0123456789ab","cprNrBorger":"0101801234","bruger":"0000000000","ansvarlig":null,"orgUsingID":"33257872","orgUsingName":"Lægehuset \"Nørregade\"","systemName":"Notes System","handling":"Opslag","sessionId":"flow-1","tidspunkt":"2026-11-25T09:30:15.007Z"}""",
            MinLogLine.Format(entry));
    }

    [Fact]
    public void A_local_timestamp_is_written_as_utc()
    {
        var utc = new DateTime(2026, 6, 1, 10, 0, 0, 500, DateTimeKind.Utc);
        var entry = new MinLogEntry("r", "0101801234", null, null, null, null, null, "Opslag", null, utc.ToLocalTime());

        Assert.EndsWith("\"tidspunkt\":\"2026-06-01T10:00:00.500Z\"}", MinLogLine.Format(entry), StringComparison.Ordinal);
    }
}
