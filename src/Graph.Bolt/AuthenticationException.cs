namespace Graph.Bolt;

/// <summary>The server refused the credentials (<c>Neo.ClientError.Security.Unauthorized</c> and similar).</summary>
public class AuthenticationException : SecurityException
{
    /// <summary>Creates the error with a code and message.</summary>
    public AuthenticationException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }

    /// <summary>Creates the error with a message.</summary>
    public AuthenticationException(string message)
        : base("", message)
    {
    }

    /// <summary>Creates the error with a message and cause.</summary>
    public AuthenticationException(string message, Exception? innerException)
        : base("", message, innerException)
    {
    }

    /// <summary>Creates the error with a generic message.</summary>
    public AuthenticationException()
        : base("", "AuthenticationException")
    {
    }
}
