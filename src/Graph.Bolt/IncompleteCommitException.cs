namespace Graph.Bolt;

/// <summary>The connection was lost while COMMIT was in flight: the transaction may or may not have been committed, so it is never retried.</summary>
public class IncompleteCommitException : Neo4jException
{
    /// <summary>Creates the error with a code and message.</summary>
    public IncompleteCommitException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }

    /// <summary>Creates the error with a message.</summary>
    public IncompleteCommitException(string message)
        : base("", message)
    {
    }

    /// <summary>Creates the error with a message and cause.</summary>
    public IncompleteCommitException(string message, Exception? innerException)
        : base("", message, innerException)
    {
    }

    /// <summary>Creates the error with a generic message.</summary>
    public IncompleteCommitException()
        : base("", "IncompleteCommitException")
    {
    }
}
