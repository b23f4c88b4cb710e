using Graph.Bolt.Messages;
using Graph.Bolt.PackStream;

namespace Graph.Bolt.Responses;

/// <summary>
/// The handlers of requests sent but not yet answered, in order. Responses arrive strictly in request order,
/// so each response goes to the oldest pending handler.
/// </summary>
internal sealed class ResponsePipeline
{
    private readonly Queue<ResponseHandler> _pending = new();

    public int Count => _pending.Count;

    /// <summary>The first FAILURE seen since the last <see cref="TakeFailure"/>.</summary>
    public Neo4jException? PendingFailure { get; private set; }

    public void Add(ResponseHandler handler) => _pending.Enqueue(handler);

    public Neo4jException? TakeFailure()
    {
        var failure = PendingFailure;
        PendingFailure = null;
        return failure;
    }

    public void Clear()
    {
        _pending.Clear();
        PendingFailure = null;
    }

    /// <summary>Decodes one response message and hands it to the oldest pending handler.</summary>
    public void Dispatch(ReadOnlySpan<byte> message)
    {
        if (!_pending.TryPeek(out var handler))
        {
            throw new ProtocolException(ErrorCodes.Protocol, "The server sent a response no request was waiting for.");
        }

        var reader = new PackStreamReader(message);
        var (fields, tag) = reader.ReadStructHeader();
        switch (tag)
        {
            case MessageTag.Record when fields == 1:
                handler.OnRecord(reader.ReadList());
                return;
            case MessageTag.Success when fields == 1:
                handler.OnSuccess(reader.ReadMap());
                break;
            case MessageTag.Failure when fields == 1:
                var failure = FailureMapper.Map(reader.ReadMap());
                PendingFailure ??= failure;
                handler.OnFailure(failure);
                break;
            case MessageTag.Ignored when fields == 0:
                handler.OnIgnored();
                break;
            default:
                throw new ProtocolException(
                    ErrorCodes.Protocol, $"Unexpected response {MessageTag.Name(tag)} with {fields} fields to {handler.Request}.");
        }

        _pending.Dequeue();
    }
}
