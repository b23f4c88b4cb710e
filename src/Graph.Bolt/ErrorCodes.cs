namespace Graph.Bolt;

/// <summary>Neo4j status codes the client treats specially, and the client's own codes.</summary>
public static class ErrorCodes
{
    /// <summary>The writer the client used is no longer the cluster leader.</summary>
    public const string NotALeader = "Neo.ClientError.Cluster.NotALeader";

    /// <summary>A write was sent to a read-only member.</summary>
    public const string ForbiddenOnReadOnlyDatabase = "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase";

    /// <summary>The authorization info of the connection expired; reconnect and retry.</summary>
    public const string AuthorizationExpired = "Neo.ClientError.Security.AuthorizationExpired";

    /// <summary>The connection's (bearer) token expired; not retried, since the same token would fail again.</summary>
    public const string TokenExpired = "Neo.ClientError.Security.TokenExpired";

    /// <summary>The credentials were refused.</summary>
    public const string Unauthorized = "Neo.ClientError.Security.Unauthorized";

    /// <summary>A 4.x server's transient-coded termination; treated as a client error.</summary>
    public const string TransientTerminated = "Neo.TransientError.Transaction.Terminated";

    /// <summary>A 4.x server's transient-coded lock-client stop; treated as a client error.</summary>
    public const string TransientLockClientStopped = "Neo.TransientError.Transaction.LockClientStopped";

    /// <summary>Client-side: no server could be reached or a connection broke.</summary>
    public const string ServiceUnavailable = "Graph.Bolt.ServiceUnavailable";

    /// <summary>Client-side: the peer sent bytes that break the protocol.</summary>
    public const string Protocol = "Graph.Bolt.Protocol";
}
