using Graph.Bolt.Framing;
using Graph.Bolt.PackStream;

namespace Graph.Bolt.Testing;

/// <summary>One server-side connection as a script step sees it.</summary>
public sealed class ScriptContext
{
    private readonly Stream _stream;
    private readonly ChunkReader _reader;
    private readonly WriteBuffer _output = new();
    private readonly PackStreamWriter _writer;
    private readonly Action<BoltMessage> _onReceived;

    internal ScriptContext(Stream stream, ChunkReader reader, (int Major, int Minor) version, int connection, Action<BoltMessage> onReceived)
    {
        Connection = connection;
        _stream = stream;
        _reader = reader;
        _writer = new PackStreamWriter(_output);
        Version = version;
        _onReceived = onReceived;
    }

    /// <summary>The connection's number on its server (1-based, in order of acceptance).</summary>
    public int Connection { get; }

    /// <summary>The negotiated version.</summary>
    public (int Major, int Minor) Version { get; }

    /// <summary>Flushes pending server messages, then reads the next client message.</summary>
    public async Task<BoltMessage> ReadAsync()
    {
        await FlushAsync().ConfigureAwait(false);
        var bytes = await _reader.ReadMessageAsync(CancellationToken.None).ConfigureAwait(false);
        var message = Decode(bytes.Span);
        _onReceived(message);
        return message;
    }

    /// <summary>Queues a server message.</summary>
    public void Send(byte tag, params object?[] fields)
    {
        _output.BeginMessage();
        _writer.WriteStructHeader(fields.Length, tag);
        foreach (object? field in fields)
        {
            ServerValueWriter.Write(_writer, field);
        }

        _output.EndMessage();
    }

    /// <summary>Queues raw bytes (e.g. a NOOP chunk <c>00 00</c>).</summary>
    public void SendRaw(ReadOnlySpan<byte> bytes) => _output.Write(bytes);

    /// <summary>Writes everything queued.</summary>
    public async Task FlushAsync()
    {
        if (_output.Length > 0)
        {
            await _stream.WriteAsync(_output.WrittenMemory).ConfigureAwait(false);
            await _stream.FlushAsync().ConfigureAwait(false);
            _output.Clear();
        }
    }

    /// <summary>Flushes and closes the connection.</summary>
    public async Task CloseAsync()
    {
        await FlushAsync().ConfigureAwait(false);
        await _stream.DisposeAsync().ConfigureAwait(false);
        throw new ConnectionClosedByScript();
    }

    private static BoltMessage Decode(ReadOnlySpan<byte> bytes)
    {
        var reader = new PackStreamReader(bytes);
        var (count, tag) = reader.ReadStructHeader();
        var fields = new object?[count];
        for (int i = 0; i < count; i++)
        {
            fields[i] = reader.ReadValue();
        }

        if (reader.Remaining != 0)
        {
            throw new InvalidOperationException($"{reader.Remaining} stray bytes after a client message.");
        }

        return new BoltMessage(tag, fields);
    }

    /// <summary>Signals that the script closed the connection on purpose.</summary>
    internal sealed class ConnectionClosedByScript : Exception
    {
    }
}
