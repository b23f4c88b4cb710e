using System.Net.Sockets;
using Graph.Bolt.Connection;
using Graph.Bolt.Framing;
using Graph.Bolt.Messages;
using Graph.Bolt.PackStream;
using Graph.Bolt.Responses;

namespace Graph.Bolt.Protocol;

/// <summary>
/// One authenticated Bolt connection: queues requests with their handlers (pipelining), flushes them in one write,
/// and reads responses until every queued request is answered. After a FAILURE it sends RESET before reporting
/// the failure, so the connection is ready for the next request. I/O errors mark it defunct.
/// </summary>
internal sealed partial class BoltConnection : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly Stream _stream;
    private readonly ChunkReader _reader;
    private readonly WriteBuffer _output = new();
    private readonly PackStreamWriter _writer;
    private readonly ResponsePipeline _pipeline = new();
    private bool _disposed;

    private BoltConnection(ServerAddress address, Socket socket, Stream stream, ChunkReader reader, BoltVersion version)
    {
        Address = address;
        _socket = socket;
        _stream = stream;
        _reader = reader;
        Version = version;
        _writer = new PackStreamWriter(_output);
    }

    public ServerAddress Address { get; }

    public BoltVersion Version { get; }

    /// <summary>The server's agent string from HELLO (<c>Neo4j/5.26.0</c>).</summary>
    public string? ServerAgent { get; private set; }

    /// <summary>True when HELLO hinted <c>telemetry.enabled</c> on Bolt 5.4+ (and telemetry is not disabled).</summary>
    public bool TelemetryEnabled { get; private set; }

    /// <summary>
    /// The server's <c>connection.recv_timeout_seconds</c> hint: it may close a connection that stays silent longer,
    /// so an idle pooled connection older than this is not reused.
    /// </summary>
    public TimeSpan? RecvTimeout { get; private set; }

    /// <summary>True once the connection broke or its state became unknown; it is then discarded.</summary>
    public bool IsDefunct { get; private set; }

    /// <summary>True when requests are queued or unanswered; such a connection must not go back to the pool.</summary>
    public bool HasPendingRequests => _pipeline.Count > 0 || _output.Length > 0;

    /// <summary>Marks the connection unusable (it is closed when returned to its pool).</summary>
    public void Invalidate() => IsDefunct = true;

    /// <summary>Queues a request; nothing is sent until <see cref="SendAsync"/>.</summary>
    public void Enqueue(IRequestMessage message, ResponseHandler handler)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _output.BeginMessage();
        try
        {
            message.WriteTo(_writer);
        }
        catch
        {
            _output.CancelMessage();
            throw;
        }

        _output.EndMessage();
        _pipeline.Add(handler);
    }

    /// <summary>Writes every queued request in one go.</summary>
    public async Task SendAsync(CancellationToken cancellationToken)
    {
        if (_output.Length == 0)
        {
            return;
        }

        try
        {
            await _stream.WriteAsync(_output.WrittenMemory, cancellationToken).ConfigureAwait(false);
            await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsConnectionError(e))
        {
            throw Broken(e);
        }
        catch (OperationCanceledException)
        {
            IsDefunct = true;
            throw;
        }
        finally
        {
            _output.Clear();
        }
    }

    /// <summary>
    /// Reads responses until every queued request is answered. If one failed, sends RESET, then throws that failure.
    /// </summary>
    public async Task ReceiveAsync(CancellationToken cancellationToken)
    {
        await DrainAsync(cancellationToken).ConfigureAwait(false);
        if (_pipeline.TakeFailure() is { } failure)
        {
            await ResetAsync(cancellationToken).ConfigureAwait(false);
            throw failure;
        }
    }

    /// <summary>Sends what is queued and reads all answers.</summary>
    public async Task SendAndReceiveAsync(CancellationToken cancellationToken)
    {
        await SendAsync(cancellationToken).ConfigureAwait(false);
        await ReceiveAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends RESET and waits for its SUCCESS (the connection is then READY); any other answer makes it defunct.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        var handler = new ResponseHandler("RESET");
        Enqueue(ResetMessage.Instance, handler);
        await SendAsync(cancellationToken).ConfigureAwait(false);
        await DrainAsync(cancellationToken).ConfigureAwait(false);
        _pipeline.TakeFailure();
        if (!handler.Succeeded)
        {
            IsDefunct = true;
            throw handler.Failure ?? new ProtocolException(ErrorCodes.Protocol, $"RESET was not acknowledged by {Address}.");
        }
    }

    /// <summary>Sends GOODBYE (best effort) and closes the socket.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        if (!IsDefunct)
        {
            try
            {
                _output.Clear();
                _output.BeginMessage();
                GoodbyeMessage.Instance.WriteTo(_writer);
                _output.EndMessage();
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await _stream.WriteAsync(_output.WrittenMemory, timeout.Token).ConfigureAwait(false);
                await _stream.FlushAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (IsConnectionError(e) || e is OperationCanceledException)
            {
                // The server is gone anyway.
            }
        }

        _disposed = true;
        IsDefunct = true;
        await _stream.DisposeAsync().ConfigureAwait(false);
        _reader.Dispose();
        _output.Dispose();
    }

    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (_pipeline.Count > 0)
            {
                var message = await _reader.ReadMessageAsync(cancellationToken).ConfigureAwait(false);
                _pipeline.Dispatch(message.Span);
            }
        }
        catch (Exception e) when (IsConnectionError(e))
        {
            throw Broken(e);
        }
        catch (Exception e) when (e is ProtocolException or OperationCanceledException)
        {
            IsDefunct = true;
            _pipeline.Clear();
            throw;
        }
    }

    private static bool IsConnectionError(Exception e) => e is IOException or SocketException or ObjectDisposedException;

    private ServiceUnavailableException Broken(Exception cause)
    {
        IsDefunct = true;
        _pipeline.Clear();
        return new ServiceUnavailableException(
            ErrorCodes.ServiceUnavailable, $"The connection to {Address} was lost: {cause.Message}", cause);
    }
}
