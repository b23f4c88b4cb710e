namespace Graph.Bolt.Responses;

/// <summary>Handles the SUCCESS of RUN: the result's keys (<c>fields</c>).</summary>
internal sealed class RunHandler : ResponseHandler
{
    public RunHandler()
        : base("RUN")
    {
    }

    public RecordKeys Keys { get; private set; } = RecordKeys.Empty;

    public override void OnSuccess(Dictionary<string, object?> metadata)
    {
        if (metadata.TryGetValue("fields", out object? fields) && fields is object?[] names)
        {
            Keys = new RecordKeys(names.Select(n => n as string ?? "").ToArray());
        }

        base.OnSuccess(metadata);
    }
}
