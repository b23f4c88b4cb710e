namespace Graph.Bolt;

/// <summary>A security failure: TLS could not be established or trusted, or the server refused the credentials.</summary>
public class SecurityException : ClientException
{
    /// <summary>Creates the error with a code and message.</summary>
    public SecurityException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }

    /// <summary>Creates the error with a message.</summary>
    public SecurityException(string message)
        : base("", message)
    {
    }

    /// <summary>Creates the error with a message and cause.</summary>
    public SecurityException(string message, Exception? innerException)
        : base("", message, innerException)
    {
    }

    /// <summary>Creates the error with a generic message.</summary>
    public SecurityException()
        : base("", "SecurityException")
    {
    }
}
