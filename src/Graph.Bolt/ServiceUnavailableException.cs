namespace Graph.Bolt;

/// <summary>No server could be reached, or the connection was lost; managed transactions retry this.</summary>
public class ServiceUnavailableException : Neo4jException
{
    /// <summary>Creates the error with a code and message.</summary>
    public ServiceUnavailableException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }

    /// <summary>Creates the error with a message.</summary>
    public ServiceUnavailableException(string message)
        : base("", message)
    {
    }

    /// <summary>Creates the error with a message and cause.</summary>
    public ServiceUnavailableException(string message, Exception? innerException)
        : base("", message, innerException)
    {
    }

    /// <summary>Creates the error with a generic message.</summary>
    public ServiceUnavailableException()
        : base("", "ServiceUnavailableException")
    {
    }

    /// <inheritdoc />
    public override bool IsRetriable => true;
}
