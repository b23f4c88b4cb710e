using System.Net;
using System.Net.Sockets;
using Graph.Bolt.Connection;

namespace Graph.Bolt.Tests.Connection;

public sealed class SocketConnectorTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Cancelling_during_the_TLS_handshake_closes_the_connection(bool trustAll)
    {
        var encryption = trustAll ? EncryptionMode.TrustAll : EncryptionMode.Validate;

        // A server that accepts TCP but never answers the TLS hello: the handshake hangs until cancelled.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var address = new ServerAddress("127.0.0.1", ((IPEndPoint)listener.LocalEndpoint).Port);
            using var cancellation = new CancellationTokenSource();
            var connect = SocketConnector.ConnectAsync(address, encryption, TimeSpan.FromMinutes(1), keepAlive: true, cancellation.Token);
            using var accepted = await listener.AcceptTcpClientAsync().WaitAsync(TimeSpan.FromSeconds(10));
            var stream = accepted.GetStream();
            var buffer = new byte[16 * 1024];
            Assert.True(await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(10)) > 0, "no TLS hello arrived");

            await cancellation.CancelAsync();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connect);

            // The client's socket is closed, not left for the finalizer: the server reads the end of the stream.
            int read;
            do
            {
                read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
            }
            while (read > 0);

            Assert.Equal(0, read);
        }
        finally
        {
            listener.Stop();
        }
    }
}
