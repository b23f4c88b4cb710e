namespace Graph.Bolt;

/// <summary>A failure inside the server (<c>Neo.DatabaseError.*</c>); not retried.</summary>
public class DatabaseException : Neo4jException
{
    /// <summary>Creates the error with a code and message.</summary>
    public DatabaseException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }

    /// <summary>Creates the error with a message.</summary>
    public DatabaseException(string message)
        : base("", message)
    {
    }

    /// <summary>Creates the error with a message and cause.</summary>
    public DatabaseException(string message, Exception? innerException)
        : base("", message, innerException)
    {
    }

    /// <summary>Creates the error with a generic message.</summary>
    public DatabaseException()
        : base("", "DatabaseException")
    {
    }
}
