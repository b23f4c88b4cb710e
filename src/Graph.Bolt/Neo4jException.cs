namespace Graph.Bolt;

/// <summary>
/// Base of every error the client raises. <see cref="Code"/> is the Neo4j status code
/// (<c>Neo.ClientError.Statement.SyntaxError</c> …) for server failures, or a client-side code.
/// </summary>
public class Neo4jException : Exception
{
    /// <summary>Creates an error with a code and message.</summary>
    public Neo4jException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    /// <summary>Creates an error with an empty code.</summary>
    public Neo4jException()
        : this("", "A Neo4j error occurred.")
    {
    }

    /// <summary>Creates an error with an empty code.</summary>
    public Neo4jException(string message)
        : this("", message)
    {
    }

    /// <summary>Creates an error with an empty code.</summary>
    public Neo4jException(string message, Exception? innerException)
        : this("", message, innerException)
    {
    }

    /// <summary>The Neo4j status code.</summary>
    public string Code { get; }

    /// <summary>The GQL status (Bolt 5.7+), when the server sent one.</summary>
    public string? GqlStatus { get; init; }

    /// <summary>True when a managed transaction may be retried after this error.</summary>
    public virtual bool IsRetriable => false;
}
