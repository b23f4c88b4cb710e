using System.Net.Sockets;

namespace Graph.Bolt.Protocol;

/// <summary>What a pool needs to judge an idle connection: its age, idle time and a non-blocking socket probe.</summary>
internal sealed partial class BoltConnection
{
    /// <summary>What <see cref="ProbeIdle"/> found on an idle connection.</summary>
    public enum IdleProbe
    {
        /// <summary>Nothing to read: the socket looks open.</summary>
        Quiet,

        /// <summary>The peer closed the connection (or the socket failed).</summary>
        Closed,

        /// <summary>Bytes arrived although nothing was asked: the connection must prove itself with RESET.</summary>
        UnexpectedInput,
    }

    /// <summary>When the pool opened the connection (<see cref="TimeProvider.GetTimestamp"/> units).</summary>
    public long CreatedAt { get; set; }

    /// <summary>When the connection last went back to its pool (<see cref="TimeProvider.GetTimestamp"/> units).</summary>
    public long IdleSince { get; set; }

    /// <summary>The pool generation the connection belongs to; older generations are closed instead of reused.</summary>
    public int Generation { get; set; }

    /// <summary>True when TCP keep-alive is on for the socket.</summary>
    public bool SocketKeepAlive => _socket.GetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive) is int on && on != 0;

    /// <summary>
    /// Checks, without blocking, whether the peer closed the socket while the connection sat idle: a readable socket
    /// with no bytes is an orderly close (FIN); readable with bytes means unsolicited input (a TLS alert, a FAILURE
    /// sent before closing, …).
    /// </summary>
    public IdleProbe ProbeIdle()
    {
        if (_disposed || IsDefunct)
        {
            return IdleProbe.Closed;
        }

        if (_reader.HasBufferedInput)
        {
            return IdleProbe.UnexpectedInput;
        }

        try
        {
            if (!_socket.Poll(0, SelectMode.SelectRead))
            {
                return IdleProbe.Quiet;
            }

            return _socket.Available == 0 ? IdleProbe.Closed : IdleProbe.UnexpectedInput;
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            return IdleProbe.Closed;
        }
    }
}
