using System.Buffers.Binary;

namespace Graph.Bolt.Protocol;

/// <summary>The handshake's version proposal and the interpretation of the server's answer.</summary>
internal static class VersionNegotiation
{
    /// <summary>Magic preamble <c>60 60 B0 17</c>.</summary>
    public static ReadOnlySpan<byte> Magic => [0x60, 0x60, 0xB0, 0x17];

    /// <summary>The versions this client speaks, in preference order, as ranges (major, highest minor, range).</summary>
    public static IReadOnlyList<(int Major, int Minor, int Range)> Proposals { get; } = [(5, 8, 7), (4, 4, 0)];

    /// <summary>Writes the 20-byte handshake: magic plus four 32-bit slots (<c>00 07 08 05</c>, <c>00 00 04 04</c>, empty, empty).</summary>
    public static byte[] BuildHandshake()
    {
        byte[] bytes = new byte[20];
        Magic.CopyTo(bytes);
        for (int i = 0; i < Proposals.Count; i++)
        {
            var (major, minor, range) = Proposals[i];
            int slot = 4 + (i * 4);
            bytes[slot + 1] = (byte)range;
            bytes[slot + 2] = (byte)minor;
            bytes[slot + 3] = (byte)major;
        }

        return bytes;
    }

    /// <summary>Interprets the server's 4-byte reply.</summary>
    /// <exception cref="ProtocolException">HTTP reply, no common version, or a version never proposed.</exception>
    public static BoltVersion ParseReply(ReadOnlySpan<byte> reply)
    {
        if (reply.SequenceEqual("HTTP"u8))
        {
            throw new ProtocolException(
                ErrorCodes.Protocol,
                "The server answered the Bolt handshake with HTTP: the address is an HTTP port (7474?), not the Bolt port (7687).");
        }

        uint value = BinaryPrimitives.ReadUInt32BigEndian(reply);
        if (value == 0)
        {
            throw new ProtocolException(
                ErrorCodes.Protocol,
                "The server supports none of the Bolt versions this client speaks (5.1–5.8, 4.4); upgrade the server to Neo4j 4.4 or later.");
        }

        var version = new BoltVersion(reply[3], reply[2]);
        if (reply[0] != 0 || reply[1] != 0 || !IsProposed(version))
        {
            throw new ProtocolException(
                ErrorCodes.Protocol, $"The server chose a Bolt version that was not proposed: {Convert.ToHexString(reply)}.");
        }

        return version;
    }

    private static bool IsProposed(BoltVersion version)
    {
        foreach (var (major, minor, range) in Proposals)
        {
            if (version.Major == major && version.Minor <= minor && version.Minor >= minor - range)
            {
                return true;
            }
        }

        return false;
    }
}
