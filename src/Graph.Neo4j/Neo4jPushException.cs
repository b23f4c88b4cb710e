using Graph.Bolt;

namespace Graph.Neo4j;

/// <summary>
/// A push stopped at one batch (or schema statement). Everything before it is committed; since every
/// write is an idempotent MERGE, running the push again completes it.
/// </summary>
public sealed class Neo4jPushException : Exception
{
    /// <summary>Creates the error for a failed step.</summary>
    public Neo4jPushException(string step, int batchNumber, int rows, Neo4jException serverError)
        : base(Describe(step, batchNumber, rows, serverError), serverError)
    {
        ArgumentNullException.ThrowIfNull(serverError);
        Step = step;
        BatchNumber = batchNumber;
        Code = serverError.Code;
    }

    /// <summary>Creates an error with a message only.</summary>
    public Neo4jPushException(string message)
        : this(message, null)
    {
    }

    /// <summary>Creates an error with a message and cause.</summary>
    public Neo4jPushException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Step = "";
        Code = "";
    }

    /// <summary>Creates an error with no detail.</summary>
    public Neo4jPushException()
        : this("The push to Neo4j failed.")
    {
    }

    /// <summary>The statement that failed: <c>schema</c> or a batch statement name such as <c>rel:DEMAND</c>.</summary>
    public string Step { get; }

    /// <summary>1-based number of the failed batch (0 for a schema statement).</summary>
    public int BatchNumber { get; }

    /// <summary>The server's (or client's) status code, e.g. <c>Neo.ClientError.Schema.ConstraintValidationFailed</c>.</summary>
    public string Code { get; }

    private static string Describe(string step, int batchNumber, int rows, Neo4jException error)
    {
        string where = batchNumber == 0 ? $"Schema statement failed ({step})" : $"Batch {batchNumber} ({step}, {rows} rows) failed";
        return $"{where}: {error.Code}: {error.Message} Batches before it are committed; run the push again to complete it.";
    }
}
