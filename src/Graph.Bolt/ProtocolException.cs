namespace Graph.Bolt;

/// <summary>The peer broke the Bolt protocol (bad bytes, unexpected message, no common version).</summary>
public class ProtocolException : Neo4jException
{
    /// <summary>Creates the error with a code and message.</summary>
    public ProtocolException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }

    /// <summary>Creates the error with a message.</summary>
    public ProtocolException(string message)
        : base("", message)
    {
    }

    /// <summary>Creates the error with a message and cause.</summary>
    public ProtocolException(string message, Exception? innerException)
        : base("", message, innerException)
    {
    }

    /// <summary>Creates the error with a generic message.</summary>
    public ProtocolException()
        : base("", "ProtocolException")
    {
    }
}
