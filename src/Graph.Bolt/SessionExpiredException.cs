namespace Graph.Bolt;

/// <summary>The server serving the session is no longer usable for it (for example it stopped being the writer); managed transactions retry this.</summary>
public class SessionExpiredException : Neo4jException
{
    /// <summary>Creates the error with a code and message.</summary>
    public SessionExpiredException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }

    /// <summary>Creates the error with a message.</summary>
    public SessionExpiredException(string message)
        : base("", message)
    {
    }

    /// <summary>Creates the error with a message and cause.</summary>
    public SessionExpiredException(string message, Exception? innerException)
        : base("", message, innerException)
    {
    }

    /// <summary>Creates the error with a generic message.</summary>
    public SessionExpiredException()
        : base("", "SessionExpiredException")
    {
    }

    /// <inheritdoc />
    public override bool IsRetriable => true;
}
