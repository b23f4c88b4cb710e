using System.Net.Security;
using System.Net.Sockets;

namespace Graph.Bolt.Connection;

/// <summary>Opens the TCP connection and, for +s/+ssc schemes, the TLS session over it.</summary>
internal static class SocketConnector
{
    /// <summary>Connects; returns the stream to speak Bolt on and the socket under it (for idle liveness polls).</summary>
    /// <remarks>
    /// On any failure, the caller's cancellation included, the socket and the TLS stream are disposed before the
    /// exception leaves: nothing is left open for the finalizer.
    /// </remarks>
    public static async Task<(Stream Stream, Socket Socket)> ConnectAsync(
        ServerAddress address, EncryptionMode encryption, TimeSpan timeout, bool keepAlive, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };

        // TCP keep-alive (on by default, as in the official drivers) lets the OS notice peers that vanished silently.
        socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive, keepAlive);
        try
        {
            await socket.ConnectAsync(address.Host, address.Port, timeoutSource.Token).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            socket.Dispose();
            if (e is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                throw new ServiceUnavailableException(ErrorCodes.ServiceUnavailable, $"Could not connect to {address}: {e.Message}", e);
            }

            throw;
        }

        var network = new NetworkStream(socket, ownsSocket: true);
        if (encryption == EncryptionMode.None)
        {
            return (network, socket);
        }

        var ssl = new SslStream(network, leaveInnerStreamOpen: false);
        var options = new SslClientAuthenticationOptions
        {
            TargetHost = address.Host,
            RemoteCertificateValidationCallback = encryption == EncryptionMode.TrustAll ? (_, _, _, _) => true : null,
        };
        try
        {
            await ssl.AuthenticateAsClientAsync(options, timeoutSource.Token).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            if (e is System.Security.Authentication.AuthenticationException)
            {
                throw new SecurityException(
                    "Neo.ClientError.Security.CertificateNotTrusted",
                    $"TLS to {address} failed: {e.Message} Use a +ssc scheme to accept self-signed certificates.",
                    e);
            }

            if (e is IOException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                throw new ServiceUnavailableException(ErrorCodes.ServiceUnavailable, $"TLS to {address} failed: {e.Message}", e);
            }

            throw;
        }

        return (ssl, socket);
    }
}
