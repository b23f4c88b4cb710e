namespace Graph.Bolt.Responses;

/// <summary>
/// Receives the response(s) to one request: any number of RECORDs, then exactly one SUCCESS, FAILURE or IGNORED.
/// </summary>
internal class ResponseHandler
{
    private static readonly Dictionary<string, object?> NoMetadata = new(StringComparer.Ordinal);

    /// <summary>The request this handler answers (for error messages).</summary>
    public ResponseHandler(string request)
    {
        Request = request;
    }

    public string Request { get; }

    public bool IsCompleted { get; private set; }

    /// <summary>The SUCCESS metadata (empty until then, and after FAILURE or IGNORED).</summary>
    public IReadOnlyDictionary<string, object?> Metadata { get; private set; } = NoMetadata;

    public Neo4jException? Failure { get; private set; }

    public bool Ignored { get; private set; }

    public bool Succeeded => IsCompleted && Failure is null && !Ignored;

    public virtual void OnRecord(object?[] values) =>
        throw new ProtocolException(ErrorCodes.Protocol, $"The server sent a RECORD in answer to {Request}.");

    public virtual void OnSuccess(Dictionary<string, object?> metadata)
    {
        Metadata = metadata;
        IsCompleted = true;
    }

    public void OnFailure(Neo4jException failure)
    {
        Failure = failure;
        IsCompleted = true;
    }

    public void OnIgnored()
    {
        Ignored = true;
        IsCompleted = true;
    }

    /// <summary>A metadata entry of the expected type, or the default.</summary>
    public T? Get<T>(string key) => Metadata.TryGetValue(key, out object? value) && value is T typed ? typed : default;
}
