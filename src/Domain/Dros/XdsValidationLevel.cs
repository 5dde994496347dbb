namespace Nsp.Domain.Dros;

/// <summary>How strictly a transaction's XDS metadata is checked (<c>&lt;iti&gt;.service.xds.validationlevel</c>).</summary>
public enum XdsValidationLevel
{
    /// <summary>No validation.</summary>
    Off,

    /// <summary>Forwarded; errors are audited and added to the answer as warnings.</summary>
    Warning,

    /// <summary>Forwarded; errors are audited only.</summary>
    Log,

    /// <summary>Errors stop the submission: not forwarded, answered Failure.</summary>
    Reject,
}
