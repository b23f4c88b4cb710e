namespace Graph.Rdf;

/// <summary>
/// A statement the chosen syntax cannot carry (an RDF/XML predicate with no NCName ending, a character
/// XML 1.0 forbids, a lone surrogate, a malformed language tag). Writers throw rather than emit invalid output.
/// </summary>
public sealed class RdfSerializationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RdfSerializationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RdfSerializationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public RdfSerializationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
