namespace Graph.Bolt.Responses;

/// <summary>Collects the RECORDs of a PULL, then its summary metadata.</summary>
internal sealed class RecordHandler : ResponseHandler
{
    private readonly RunHandler _run;
    private readonly List<BoltRecord> _records;

    public RecordHandler(RunHandler run, List<BoltRecord> records)
        : base("PULL")
    {
        _run = run;
        _records = records;
    }

    /// <summary>True when the server holds more records (another PULL is needed).</summary>
    public bool HasMore => Succeeded && Get<bool>("has_more");

    public override void OnRecord(object?[] values) => _records.Add(new BoltRecord(_run.Keys, values));
}
