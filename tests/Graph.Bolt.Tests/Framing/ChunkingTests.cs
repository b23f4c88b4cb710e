using Graph.Bolt.Framing;
using Graph.Bolt.Messages;
using Graph.Bolt.PackStream;

namespace Graph.Bolt.Tests.Framing;

public sealed class ChunkingTests
{
    private static string Frame(IRequestMessage message)
    {
        using var buffer = new WriteBuffer();
        buffer.BeginMessage();
        message.WriteTo(new PackStreamWriter(buffer));
        buffer.EndMessage();
        return Convert.ToHexString(buffer.WrittenSpan);
    }

    [Fact]
    public void Messages_match_the_specification_examples()
    {
        Assert.Equal("0002B00F0000", Frame(ResetMessage.Instance));
        Assert.Equal("0002B0020000", Frame(GoodbyeMessage.Instance));
        Assert.Equal("0006B13FA1816EFF0000", Frame(PullMessage.All));
        Assert.Equal("0002B0120000", Frame(CommitMessage.Instance));
        Assert.Equal("0002B0130000", Frame(RollbackMessage.Instance));
        Assert.Equal("0006B12FA1816EFF0000", Frame(DiscardMessage.All));
        Assert.Equal("000DB13FA2816EC903E883716964010000", Frame(new PullMessage(1000, 1)));
        Assert.Equal("0003B154000000", Frame(new TelemetryMessage(0)));
    }

    [Fact]
    public void A_sixteen_byte_message_is_one_chunk_plus_end_marker()
    {
        using var buffer = new WriteBuffer();
        buffer.BeginMessage();
        buffer.Write(Enumerable.Range(0, 16).Select(i => (byte)i).ToArray());
        buffer.EndMessage();
        Assert.Equal("0010" + "000102030405060708090A0B0C0D0E0F" + "0000", Convert.ToHexString(buffer.WrittenSpan));
    }

    [Theory]
    [InlineData(65535)]
    [InlineData(65536)]
    [InlineData(200_000)]
    public async Task Large_messages_split_into_chunks_and_join_again(int size)
    {
        byte[] payload = Enumerable.Range(0, size).Select(i => (byte)(i * 7)).ToArray();
        using var buffer = new WriteBuffer();
        buffer.WriteByte(0xAA); // Something before the message must stay untouched.
        buffer.BeginMessage();
        buffer.Write(payload);
        buffer.EndMessage();
        byte[] wire = buffer.WrittenSpan.ToArray();
        int chunks = (size + 65534) / 65535;
        Assert.Equal(1 + size + (2 * chunks) + 2, wire.Length);
        Assert.Equal(0xAA, wire[0]);
        Assert.Equal(0xFF, wire[1]);
        Assert.Equal(0xFF, wire[2]);

        // Prefix with NOOPs: the reader skips them. Feed the bytes one at a time to cross every boundary.
        var stream = new TrickleStream([0, 0, 0, 0, .. wire.AsSpan(1).ToArray()]);
        using var reader = new ChunkReader(stream, 1024);
        var message = await reader.ReadMessageAsync(CancellationToken.None);
        Assert.True(message.Span.SequenceEqual(payload));
    }

    [Fact]
    public async Task A_closed_stream_raises_end_of_stream()
    {
        using var reader = new ChunkReader(new MemoryStream([0x00, 0x05, 0x01]));
        await Assert.ThrowsAsync<EndOfStreamException>(async () => await reader.ReadMessageAsync(CancellationToken.None));
    }

    /// <summary>Returns at most a few bytes per read.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 3)], cancellationToken);
    }
}
