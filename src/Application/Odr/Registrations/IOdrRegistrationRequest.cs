using Nsp.Application.Odr.Access;

namespace Nsp.Application.Odr.Registrations;

/// <summary>One of the five registration messages: each names a citizen by <c>id</c> (extension) and its
/// <c>assigningAuthorityName</c>, which must be <c>CPR</c>.</summary>
public interface IOdrRegistrationRequest : IOdrAccessControlled
{
    string? AssigningAuthorityName { get; }
}
