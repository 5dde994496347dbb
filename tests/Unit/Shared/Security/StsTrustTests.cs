using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Nsp.Api.Shared.Security;
using Nsp.Infrastructure.Shared.Configuration;
using Nsp.Tests.Unit.Shared.Configuration;

namespace Nsp.Tests.Unit.Shared.Security;

public sealed class StsTrustTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private static NspHostOptions Options(params (string Key, string Value)[] properties) =>
        NspHostOptions.From(new ConfigurationBuilder()
            .AddInMemoryCollection(properties.ToDictionary(p => p.Key, p => (string?)p.Value))
            .Build());

    private static X509Certificate2 Certificate(string subject)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
    }

    [Fact]
    public void Test_federation_trusts_the_pem_and_der_files_listed_in_its_property()
    {
        using var pem = Certificate("CN=pem");
        using var der = Certificate("CN=der");
        string pemPath = _directory.Write("sts.pem", pem.ExportCertificatePem());
        string derPath = _directory.WriteBytes("sts.cer", der.RawData);

        using var trusted = TrustedStsCertificates.For(
            Options(("nsp.sts.federation", "test"), ("nsp.sts.test.certificates", $"{pemPath}, {derPath}")),
            localIssuer: null);

        Assert.Equal(2, trusted.Certificates.Count);
        Assert.NotNull(trusted.FindByRawData(pem.RawData));
        Assert.NotNull(trusted.FindByRawData(der.RawData));
    }

    [Fact]
    public void Production_federation_reads_the_production_list_not_the_test_list()
    {
        using var production = Certificate("CN=production");
        using var test = Certificate("CN=test");
        string productionPath = _directory.WriteBytes("prod.cer", production.RawData);
        string testPath = _directory.WriteBytes("test.cer", test.RawData);

        using var trusted = TrustedStsCertificates.For(
            Options(
                ("nsp.sts.federation", "production"),
                ("nsp.sts.production.certificates", productionPath),
                ("nsp.sts.test.certificates", testPath)),
            localIssuer: null);

        Assert.NotNull(trusted.FindByRawData(production.RawData));
        Assert.Null(trusted.FindByRawData(test.RawData));
    }

    [Fact]
    public void An_empty_certificate_list_stops_start_up_naming_the_property()
    {
        var missing = Assert.Throws<MissingPropertyException>(() =>
            TrustedStsCertificates.For(Options(("nsp.sts.federation", "production")), localIssuer: null));

        Assert.Equal("nsp.sts.production.certificates", missing.PropertyName);
        Assert.Contains("nsp.sts.production.certificates", missing.Message, StringComparison.Ordinal);
        Assert.Contains("NSP_STS_PRODUCTION_CERTIFICATES", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_stops_start_up_naming_the_property_and_the_file()
    {
        string path = Path.Combine(_directory.Path, "absent.pem");

        var invalid = Assert.Throws<InvalidPropertyException>(() =>
            TrustedStsCertificates.For(Options(("nsp.sts.federation", "test"), ("nsp.sts.test.certificates", path)), localIssuer: null));

        Assert.Equal("nsp.sts.test.certificates", invalid.PropertyName);
        Assert.Contains(path, invalid.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_certificate_stops_start_up_naming_the_property_and_the_file()
    {
        string path = _directory.Write("garbage.pem", "not a certificate");

        var invalid = Assert.Throws<InvalidPropertyException>(() =>
            TrustedStsCertificates.For(Options(("nsp.sts.federation", "test"), ("nsp.sts.test.certificates", path)), localIssuer: null));

        Assert.Equal("nsp.sts.test.certificates", invalid.PropertyName);
        Assert.Contains("garbage.pem", invalid.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Local_federation_trusts_only_the_local_sts_certificate()
    {
        using var other = Certificate("CN=other");
        string otherPath = _directory.WriteBytes("other.cer", other.RawData);
        using var issuer = LocalStsIssuer.CreateOrLoad(Path.Combine(_directory.Path, "local-sts"), TimeProvider.System);

        using var trusted = TrustedStsCertificates.For(
            Options(("nsp.sts.federation", "local"), ("nsp.sts.test.certificates", otherPath)), issuer);

        Assert.Single(trusted.Certificates);
        Assert.NotNull(trusted.FindByRawData(issuer.Certificate.RawData));
        Assert.Null(trusted.FindByRawData(other.RawData));
        Assert.False(trusted.Certificates[0].HasPrivateKey);
    }
}
