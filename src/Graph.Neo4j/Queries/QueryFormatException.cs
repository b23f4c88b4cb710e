namespace Graph.Neo4j.Queries;

/// <summary>A query file's header is malformed; the message names the file and line.</summary>
public sealed class QueryFormatException : Exception
{
    /// <summary>Creates the error.</summary>
    public QueryFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with a cause.</summary>
    public QueryFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an error with no detail.</summary>
    public QueryFormatException()
        : this("Malformed query file.")
    {
    }
}
