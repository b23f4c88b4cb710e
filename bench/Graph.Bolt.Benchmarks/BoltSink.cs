using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Graph.Bolt.Benchmarks;

/// <summary>
/// A loopback Bolt endpoint that accepts any client, negotiates 5.8 (or 4.4), reads every message without decoding
/// it and answers SUCCESS (with the metadata clients need). Answers are pre-encoded so the sink costs almost nothing.
/// </summary>
internal sealed class BoltSink : IAsyncDisposable
{
    private static readonly byte[] Hello = Success("A2" + Str("server") + Str("Neo4j/5.26.0") + Str("connection_id") + Str("bolt-1"));
    private static readonly byte[] Empty = Success("A0");
    private static readonly byte[] RunSuccess = Success("A1" + Str("fields") + "90");
    private static readonly byte[] PullSuccess = Success("A1" + Str("type") + Str("w"));
    private static readonly byte[] CommitSuccess = Success("A1" + Str("bookmark") + Str("bm"));

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accept;
    private long _bytes;
    private long _messages;

    public BoltSink()
    {
        _listener.Start();
        _accept = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public long BytesReceived => Interlocked.Read(ref _bytes);

    public long MessagesReceived => Interlocked.Read(ref _messages);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accept;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private static string Str(string s) => (0x80 + s.Length).ToString("X2") + Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(s));

    private static byte[] Success(string metadataHex)
    {
        byte[] body = Convert.FromHexString("B170" + metadataHex);
        byte[] framed = new byte[body.Length + 4];
        BinaryPrimitives.WriteUInt16BigEndian(framed, (ushort)body.Length);
        body.CopyTo(framed, 2);
        return framed;
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(socket));
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        socket.NoDelay = true;
        await using var stream = new NetworkStream(socket, ownsSocket: true);
        byte[] buffer = new byte[256 * 1024];
        byte[] replies = new byte[64 * 1024];
        try
        {
            await stream.ReadExactlyAsync(buffer.AsMemory(0, 20));
            byte[] version = Offers(buffer.AsSpan(4, 16), 5, 8) ? [0, 0, 8, 5] : [0, 0, 4, 4];
            await stream.WriteAsync(version);
            int start = 0;
            int end = 0;
            bool atMessageStart = true;
            while (true)
            {
                if (start == end)
                {
                    start = end = 0;
                }
                else if (start > buffer.Length / 2)
                {
                    buffer.AsSpan(start, end - start).CopyTo(buffer);
                    end -= start;
                    start = 0;
                }

                int read = await stream.ReadAsync(buffer.AsMemory(end));
                if (read == 0)
                {
                    return;
                }

                Interlocked.Add(ref _bytes, read);
                end += read;
                int replyLength = 0;
                // Walk complete chunks; the first chunk of each message holds its tag at payload offset 1.
                while (end - start >= 2)
                {
                    int size = BinaryPrimitives.ReadUInt16BigEndian(buffer.AsSpan(start));
                    if (end - start < 2 + size)
                    {
                        break;
                    }

                    if (size == 0)
                    {
                        atMessageStart = true;
                    }
                    else if (atMessageStart)
                    {
                        atMessageStart = false;
                        Interlocked.Increment(ref _messages);
                        byte[]? reply = buffer[start + 3] switch
                        {
                            0x01 => Hello,
                            0x10 => RunSuccess,
                            0x3F or 0x2F => PullSuccess,
                            0x12 => CommitSuccess,
                            0x02 => null,
                            _ => Empty,
                        };
                        if (reply is null)
                        {
                            return; // GOODBYE
                        }

                        reply.CopyTo(replies, replyLength);
                        replyLength += reply.Length;
                    }

                    start += 2 + size;
                }

                if (replyLength > 0)
                {
                    await stream.WriteAsync(replies.AsMemory(0, replyLength));
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or EndOfStreamException)
        {
        }
    }

    private static bool Offers(ReadOnlySpan<byte> slots, int major, int minor)
    {
        for (int i = 0; i < 16; i += 4)
        {
            if (slots[i + 3] == major && slots[i + 2] >= minor && slots[i + 2] - slots[i + 1] <= minor)
            {
                return true;
            }
        }

        return false;
    }
}
