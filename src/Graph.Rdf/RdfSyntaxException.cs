namespace Graph.Rdf;

/// <summary>Input that is not valid in the syntax being read.</summary>
public sealed class RdfSyntaxException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RdfSyntaxException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RdfSyntaxException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the line it concerns.</summary>
    public RdfSyntaxException(string message, long line)
        : base($"line {line}: {message}")
    {
        Line = line;
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public RdfSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>One-based line of the error, when known.</summary>
    public long Line { get; }
}
