namespace Nsp.Infrastructure.Shared.Configuration;

/// <summary>A required property is not set (or is blank). The message names the property and the file it belongs in.</summary>
public sealed class MissingPropertyException : Exception
{
    public MissingPropertyException(string message, string propertyName, string fileName)
        : base(message)
    {
        PropertyName = propertyName;
        FileName = fileName;
    }

    public MissingPropertyException()
    {
    }

    public MissingPropertyException(string message)
        : base(message)
    {
    }

    public MissingPropertyException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public string PropertyName { get; } = string.Empty;

    /// <summary>The property file the property belongs in, e.g. <c>idsas-operations.properties</c>.</summary>
    public string FileName { get; } = string.Empty;
}
