using Nsp.Application.Odr.Access;

namespace Nsp.Application.Odr.Registrations;

/// <summary>One of the five registration messages: each names a citizen by <c>id</c> (extension), its <c>root</c>
/// (the CPR register's OID when sent) and its <c>assigningAuthorityName</c>, which must be <c>CPR</c>.</summary>
public interface IOdrRegistrationRequest : IOdrAccessControlled
{
    /// <summary><c>id/@root</c> as sent; null when absent (an absent root is taken as the CPR register's).</summary>
    string? Root { get; }

    string? AssigningAuthorityName { get; }
}
