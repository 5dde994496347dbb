namespace Nsp.Application.Shared.Security;

/// <summary>The current call's <see cref="SecurityContext"/>; scoped per call.</summary>
public interface ISecurityContextAccessor
{
    /// <summary>The verified caller. Throws when nothing has set it: a request must never run without an identity.</summary>
    SecurityContext Current { get; }

    bool HasContext { get; }

    void Set(SecurityContext context);
}
