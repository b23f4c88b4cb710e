using System.Buffers;
using System.Buffers.Binary;

namespace Graph.Bolt.Framing;

/// <summary>
/// A growable output buffer over pooled arrays that frames each message into Bolt chunks in place:
/// <see cref="BeginMessage"/> reserves a 2-byte header, <see cref="EndMessage"/> fills it (splitting payloads
/// over 65 535 bytes into several chunks) and appends the <c>00 00</c> end marker.
/// </summary>
internal sealed class WriteBuffer : IDisposable
{
    /// <summary>Largest chunk payload.</summary>
    public const int MaxChunkSize = ushort.MaxValue;

    private byte[] _buffer;
    private int _position;
    private int _messageStart = -1;

    public WriteBuffer(int initialCapacity = 16 * 1024)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);
    }

    /// <summary>Bytes written so far.</summary>
    public int Length => _position;

    /// <summary>Everything written since the last <see cref="Clear"/>.</summary>
    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _position);

    /// <summary>Everything written since the last <see cref="Clear"/>.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _position);

    /// <summary>A span of at least <paramref name="size"/> writable bytes at the current position.</summary>
    public Span<byte> GetSpan(int size)
    {
        if (_buffer.Length - _position < size)
        {
            Grow(size);
        }

        return _buffer.AsSpan(_position);
    }

    /// <summary>Marks <paramref name="count"/> bytes of the last <see cref="GetSpan"/> as written.</summary>
    public void Advance(int count) => _position += count;

    /// <summary>Writes one byte.</summary>
    public void WriteByte(byte value)
    {
        if (_position == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[_position++] = value;
    }

    /// <summary>Writes raw bytes.</summary>
    public void Write(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(GetSpan(bytes.Length));
        _position += bytes.Length;
    }

    /// <summary>Starts a message: reserves its first chunk header.</summary>
    public void BeginMessage()
    {
        if (_messageStart >= 0)
        {
            throw new InvalidOperationException("A message is already being written.");
        }

        GetSpan(2);
        _messageStart = _position;
        _position += 2;
    }

    /// <summary>Ends the message: writes chunk headers (splitting if needed) and the end marker.</summary>
    public void EndMessage()
    {
        int start = _messageStart;
        _messageStart = -1;
        int length = _position - start - 2;
        if (length <= MaxChunkSize)
        {
            BinaryPrimitives.WriteUInt16BigEndian(_buffer.AsSpan(start), (ushort)length);
        }
        else
        {
            SplitIntoChunks(start, length);
        }

        // Zero-size chunk: end of message.
        Span<byte> end = GetSpan(2);
        end[0] = 0;
        end[1] = 0;
        _position += 2;
    }

    /// <summary>Abandons a half-written message (after an encoding error).</summary>
    public void CancelMessage()
    {
        if (_messageStart >= 0)
        {
            _position = _messageStart;
            _messageStart = -1;
        }
    }

    /// <summary>Forgets everything written (keeps the array).</summary>
    public void Clear()
    {
        _position = 0;
        _messageStart = -1;
        if (_buffer.Length > 4 * 1024 * 1024)
        {
            // Do not keep a huge array after one large batch.
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        }
    }

    public void Dispose()
    {
        byte[] buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void SplitIntoChunks(int start, int length)
    {
        int chunks = (length + MaxChunkSize - 1) / MaxChunkSize;
        int extra = (chunks - 1) * 2;
        GetSpan(extra);
        // Move chunks from last to first: each moves right by 2 bytes per preceding chunk, so no overlap is lost.
        for (int i = chunks - 1; i >= 0; i--)
        {
            int size = Math.Min(MaxChunkSize, length - (i * MaxChunkSize));
            int source = start + 2 + (i * MaxChunkSize);
            int header = start + (i * (MaxChunkSize + 2));
            _buffer.AsSpan(source, size).CopyTo(_buffer.AsSpan(header + 2, size));
            BinaryPrimitives.WriteUInt16BigEndian(_buffer.AsSpan(header), (ushort)size);
        }

        _position += extra;
    }

    private void Grow(int size)
    {
        int needed = checked(_position + size);
        int newSize = Math.Max(needed, _buffer.Length * 2);
        byte[] bigger = ArrayPool<byte>.Shared.Rent(newSize);
        _buffer.AsSpan(0, _position).CopyTo(bigger);
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        _buffer = bigger;
    }
}
