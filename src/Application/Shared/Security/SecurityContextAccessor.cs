namespace Nsp.Application.Shared.Security;

/// <inheritdoc />
public sealed class SecurityContextAccessor : ISecurityContextAccessor
{
    private SecurityContext? _current;

    public SecurityContext Current =>
        _current ?? throw new InvalidOperationException("No security context has been established for this call.");

    public bool HasContext => _current is not null;

    public void Set(SecurityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_current is not null && !ReferenceEquals(_current, context))
        {
            throw new InvalidOperationException("The security context of a call cannot be replaced.");
        }

        _current = context;
    }
}
