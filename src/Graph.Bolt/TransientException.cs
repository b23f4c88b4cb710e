namespace Graph.Bolt;

/// <summary>A temporary failure (<c>Neo.TransientError.*</c>): the same work may succeed when retried.</summary>
public class TransientException : Neo4jException
{
    /// <summary>Creates the error with a code and message.</summary>
    public TransientException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }

    /// <summary>Creates the error with a message.</summary>
    public TransientException(string message)
        : base("", message)
    {
    }

    /// <summary>Creates the error with a message and cause.</summary>
    public TransientException(string message, Exception? innerException)
        : base("", message, innerException)
    {
    }

    /// <summary>Creates the error with a generic message.</summary>
    public TransientException()
        : base("", "TransientException")
    {
    }

    /// <inheritdoc />
    public override bool IsRetriable => Code is not (ErrorCodes.TransientTerminated or ErrorCodes.TransientLockClientStopped);
}
