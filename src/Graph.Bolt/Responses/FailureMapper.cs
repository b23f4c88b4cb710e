namespace Graph.Bolt.Responses;

/// <summary>Turns FAILURE metadata into the typed exception for its Neo4j code.</summary>
internal static class FailureMapper
{
    public static Neo4jException Map(IReadOnlyDictionary<string, object?> metadata)
    {
        // Bolt 5.7+ sends neo4j_code; earlier versions send code.
        string code = (metadata.TryGetValue("neo4j_code", out object? c) ? c as string : null)
            ?? (metadata.TryGetValue("code", out object? c2) ? c2 as string : null)
            ?? "Neo.DatabaseError.General.UnknownError";
        string message = (metadata.TryGetValue("message", out object? m) ? m as string : null)
            ?? (metadata.TryGetValue("description", out object? d) ? d as string : null)
            ?? "The server reported a failure without a message.";
        string? gql = metadata.TryGetValue("gql_status", out object? g) ? g as string : null;
        return Create(code, message, gql);
    }

    public static Neo4jException Create(string code, string message, string? gqlStatus = null)
    {
        // 4.x servers send these as transient; they are client errors (the drivers rewrite them too).
        code = code switch
        {
            ErrorCodes.TransientTerminated => "Neo.ClientError.Transaction.Terminated",
            ErrorCodes.TransientLockClientStopped => "Neo.ClientError.Transaction.LockClientStopped",
            _ => code,
        };
        Neo4jException error = code switch
        {
            _ when code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal)
                && code is not ErrorCodes.AuthorizationExpired
                && (code.EndsWith(".Unauthorized", StringComparison.Ordinal)
                    || code.EndsWith(".CredentialsExpired", StringComparison.Ordinal)
                    || code.EndsWith(".TokenExpired", StringComparison.Ordinal)
                    || code.EndsWith(".AuthenticationRateLimit", StringComparison.Ordinal))
                => new AuthenticationException(code, message),
            _ when code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) => new ClientException(code, message),
            _ when code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => new TransientException(code, message),
            _ => new DatabaseException(code, message),
        };
        return gqlStatus is null ? error : WithGql(error, gqlStatus);
    }

    private static Neo4jException WithGql(Neo4jException error, string gqlStatus) => error switch
    {
        AuthenticationException e => new AuthenticationException(e.Code, e.Message) { GqlStatus = gqlStatus },
        ClientException e => new ClientException(e.Code, e.Message) { GqlStatus = gqlStatus },
        TransientException e => new TransientException(e.Code, e.Message) { GqlStatus = gqlStatus },
        DatabaseException e => new DatabaseException(e.Code, e.Message) { GqlStatus = gqlStatus },
        _ => error,
    };
}
