namespace Nsp.Infrastructure.Shared.Configuration;

/// <summary>A property has a value that cannot be used. The message names the property, its file, the value and what was expected.</summary>
public sealed class InvalidPropertyException : Exception
{
    public InvalidPropertyException(string message, string propertyName, string fileName)
        : base(message)
    {
        PropertyName = propertyName;
        FileName = fileName;
    }

    public InvalidPropertyException()
    {
    }

    public InvalidPropertyException(string message)
        : base(message)
    {
    }

    public InvalidPropertyException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public string PropertyName { get; } = string.Empty;

    /// <summary>The property file the property belongs in, e.g. <c>idsas-operations.properties</c>.</summary>
    public string FileName { get; } = string.Empty;
}
