using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;

namespace Graph.Bolt.Framing;

/// <summary>
/// Reads chunked messages from a stream into a pooled buffer, joining chunks and skipping NOOP chunks
/// (a bare <c>00 00</c> between messages).
/// </summary>
internal sealed class ChunkReader : IDisposable
{
    private readonly Stream _stream;
    private byte[] _buffer;
    private byte[] _message;
    private int _start;
    private int _end;

    public ChunkReader(Stream stream, int bufferSize = 64 * 1024)
    {
        _stream = stream;
        _buffer = ArrayPool<byte>.Shared.Rent(bufferSize);
        _message = ArrayPool<byte>.Shared.Rent(bufferSize);
    }

    /// <summary>
    /// Longest silence tolerated while waiting for bytes (any chunk, NOOPs included, restarts it); null = wait forever.
    /// When it passes, the read fails with an <see cref="IOException"/>: the peer is presumed gone.
    /// </summary>
    public TimeSpan? ReadTimeout { get; set; }

    /// <summary>True when bytes were received but not yet consumed as a message.</summary>
    public bool HasBufferedInput => _end > _start;

    /// <summary>Reads exactly <paramref name="count"/> raw (unchunked) bytes, as during the handshake.</summary>
    public async ValueTask<ReadOnlyMemory<byte>> ReadRawAsync(int count, CancellationToken cancellationToken)
    {
        await EnsureAsync(count, cancellationToken).ConfigureAwait(false);
        var bytes = _buffer.AsMemory(_start, count);
        _start += count;
        return bytes;
    }

    /// <summary>
    /// Reads the next message. The returned memory stays valid until the next call.
    /// </summary>
    /// <exception cref="EndOfStreamException">The peer closed the connection.</exception>
    public async ValueTask<ReadOnlyMemory<byte>> ReadMessageAsync(CancellationToken cancellationToken)
    {
        int length = 0;
        while (true)
        {
            await EnsureAsync(2, cancellationToken).ConfigureAwait(false);
            int size = BinaryPrimitives.ReadUInt16BigEndian(_buffer.AsSpan(_start));
            _start += 2;
            if (size == 0)
            {
                if (length == 0)
                {
                    continue; // NOOP keep-alive between messages.
                }

                return _message.AsMemory(0, length);
            }

            if (_message.Length - length < size)
            {
                byte[] bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_message.Length * 2, length + size));
                _message.AsSpan(0, length).CopyTo(bigger);
                ArrayPool<byte>.Shared.Return(_message);
                _message = bigger;
            }

            while (size > 0)
            {
                if (_start == _end)
                {
                    await EnsureAsync(1, cancellationToken).ConfigureAwait(false);
                }

                int count = Math.Min(size, _end - _start);
                _buffer.AsSpan(_start, count).CopyTo(_message.AsSpan(length));
                _start += count;
                length += count;
                size -= count;
            }
        }
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            ArrayPool<byte>.Shared.Return(_message);
            _buffer = [];
            _message = [];
        }
    }

    private async ValueTask EnsureAsync(int count, CancellationToken cancellationToken)
    {
        if (_end - _start >= count)
        {
            return;
        }

        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        while (_end < count)
        {
            int read = await ReadSomeAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                throw new EndOfStreamException("The server closed the connection.");
            }

            _end += read;
        }
    }

    private async ValueTask<int> ReadSomeAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        if (ReadTimeout is not { } timeout)
        {
            return await _stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        using var silence = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        silence.CancelAfter(timeout);
        try
        {
            return await _stream.ReadAsync(buffer, silence.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new IOException(
                string.Create(CultureInfo.InvariantCulture, $"The server sent nothing for {timeout.TotalSeconds:0.###} s (its connection.recv_timeout_seconds hint)."), e);
        }
    }
}
