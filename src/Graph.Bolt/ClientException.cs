namespace Graph.Bolt;

/// <summary>A request the server rejected (<c>Neo.ClientError.*</c>): fix the request, retrying will not help (except the cluster codes NotALeader and ForbiddenOnReadOnlyDatabase).</summary>
public class ClientException : Neo4jException
{
    /// <summary>Creates the error with a code and message.</summary>
    public ClientException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }

    /// <summary>Creates the error with a message.</summary>
    public ClientException(string message)
        : base("", message)
    {
    }

    /// <summary>Creates the error with a message and cause.</summary>
    public ClientException(string message, Exception? innerException)
        : base("", message, innerException)
    {
    }

    /// <summary>Creates the error with a generic message.</summary>
    public ClientException()
        : base("", "ClientException")
    {
    }

    /// <inheritdoc />
    public override bool IsRetriable => Code is ErrorCodes.NotALeader or ErrorCodes.ForbiddenOnReadOnlyDatabase or ErrorCodes.AuthorizationExpired;
}
