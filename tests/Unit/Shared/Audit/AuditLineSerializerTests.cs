using Nsp.Application.Shared.Audit;
using Nsp.Infrastructure.Shared.Audit;

namespace Nsp.Tests.Unit.Shared.Audit;

public sealed class AuditLineSerializerTests
{
    [Fact]
    public void A_record_is_written_in_the_NSP_shape_with_UTC_time_and_Danish_timestamps()
    {
        var record = new AuditRecord("dk.sds.nsp.audit.log.idsas", new DateTimeOffset(2023, 6, 12, 11, 42, 22, 972, TimeSpan.Zero));
        record.Component("IDSAS").Context("createBlurring")
            .Add("patient-id", AuditInformationType.RPI, "1234567890")
            .Add("hashed-patient-id", AuditInformationType.RPI, null)
            .Add("actor-id", AuditInformationType.NPI, "33257872");
        record.Component("IDSAS").Context("other").AddValues("acceptableRelations", AuditInformationType.NPI, ["A", "B"]);
        record.Access = new AuditAccess
        {
            Code = 200,
            DurationMilliseconds = 95,
            HttpHost = "localhost",
            Method = "POST",
            Path = "/idsas-registration/20230601/registration",
            Query = "",
            Port = 8080,
            Protocol = "http",
            RequestSize = 7204,
            ResponseSize = 211,
            ThreadId = "17",
            Time = new DateTimeOffset(2023, 6, 12, 11, 42, 22, 968, TimeSpan.Zero),
        };
        record.Access.HttpHeaders["SOAPAction"] = "CreateBlurring";
        record.Access.HttpHeaders["Content-Type"] = "text/xml;charset=UTF-8";
        record.Access.IdCardAttributes["sosi:AuthenticationLevel"] = "3";
        record.Access.IdCardAttributes["medcom:CareProviderID"] = "33257872";
        record.Access.SoapHeaders["MessageID"] = "m-1";
        record.Access.Stats["handlerDuration"] = 58;

        var line = AuditLineSerializer.Serialize(record, new DateTimeOffset(2023, 6, 12, 11, 42, 23, 664, TimeSpan.Zero));

        Assert.Equal(
            """{"time":"2023-06-12T11:42:23.664Z","category":"dk.sds.nsp.audit.log.idsas","audit":{"timestamp":"2023-06-12T13:42:22.972+02:00","components":[{"component":"IDSAS","contexts":[{"context":"createBlurring","information":[{"key":"patient-id","type":"RPI","value":"1234567890"},{"key":"hashed-patient-id","type":"RPI","value":""},{"key":"actor-id","type":"NPI","value":"33257872"}]},{"context":"other","information":[{"key":"acceptableRelations","type":"NPI","values":["A","B"]}]}]}]},"access":{"code":200,"duration":95,"httpHeaders":{"Content-Type":"text/xml;charset=UTF-8","SOAPAction":"CreateBlurring"},"httpHost":"localhost","idCardAttributes":{"medcom:CareProviderID":"33257872","sosi:AuthenticationLevel":"3"},"method":"POST","path":"/idsas-registration/20230601/registration","query":"","port":8080,"protocol":"http","reqSize":7204,"resSize":211,"soapHeaders":{"MessageID":"m-1"},"threadId":"17","time":"2023-06-12T13:42:22.968+02:00","stats":{"handlerDuration":58}}}""",
            line);
    }

    [Fact]
    public void Winter_timestamps_use_the_Danish_standard_offset_and_a_record_without_access_has_no_access_block()
    {
        var record = new AuditRecord("dk.sds.nsp.audit.log.odr", new DateTimeOffset(2024, 1, 15, 8, 0, 0, TimeSpan.Zero));

        var line = AuditLineSerializer.Serialize(record, new DateTimeOffset(2024, 1, 15, 8, 0, 1, TimeSpan.Zero));

        Assert.Equal(
            """{"time":"2024-01-15T08:00:01.000Z","category":"dk.sds.nsp.audit.log.odr","audit":{"timestamp":"2024-01-15T09:00:00.000+01:00","components":[]}}""",
            line);
    }
}
