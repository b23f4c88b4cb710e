using Graph.Bolt.Connection;
using Graph.Bolt.Framing;
using Graph.Bolt.Messages;
using Graph.Bolt.Responses;

namespace Graph.Bolt.Protocol;

/// <summary>Opening a connection: socket/TLS, handshake, HELLO (+ LOGON pipelined).</summary>
internal sealed partial class BoltConnection
{
    public static async Task<BoltConnection> OpenAsync(ServerAddress address, ConnectionSettings settings, CancellationToken cancellationToken)
    {
        var (stream, socket) = await SocketConnector
            .ConnectAsync(address, settings.Encryption, settings.ConnectTimeout, settings.SocketKeepAlive, cancellationToken)
            .ConfigureAwait(false);
        var reader = new ChunkReader(stream);
        BoltConnection? connection = null;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(settings.ConnectTimeout);
            var version = await HandshakeAsync(stream, reader, address, timeout.Token).ConfigureAwait(false);
            connection = new BoltConnection(address, socket, stream, reader, version);
            await connection.InitializeAsync(settings, timeout.Token).ConfigureAwait(false);
            return connection;
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            await DisposeAfterFailureAsync(connection, stream, reader).ConfigureAwait(false);
            throw new ServiceUnavailableException(
                ErrorCodes.ServiceUnavailable, $"{address} did not complete the Bolt handshake within {settings.ConnectTimeout}.", e);
        }
        catch
        {
            await DisposeAfterFailureAsync(connection, stream, reader).ConfigureAwait(false);
            throw;
        }
    }

    private static async Task DisposeAfterFailureAsync(BoltConnection? connection, Stream stream, ChunkReader reader)
    {
        if (connection is not null)
        {
            connection.IsDefunct = true;
            await connection.DisposeAsync().ConfigureAwait(false);
        }
        else
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            reader.Dispose();
        }
    }

    private static async Task<BoltVersion> HandshakeAsync(Stream stream, ChunkReader reader, ServerAddress address, CancellationToken cancellationToken)
    {
        try
        {
            await stream.WriteAsync(VersionNegotiation.BuildHandshake(), cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            var reply = await reader.ReadRawAsync(4, cancellationToken).ConfigureAwait(false);
            return VersionNegotiation.ParseReply(reply.Span);
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException)
        {
            throw new ServiceUnavailableException(
                ErrorCodes.ServiceUnavailable, $"{address} closed the connection during the Bolt handshake: {e.Message}", e);
        }
    }

    private async Task InitializeAsync(ConnectionSettings settings, CancellationToken cancellationToken)
    {
        bool logon = Version >= BoltVersion.V5_1;
        bool legacy = Version < BoltVersion.V5_0;
        _writer.LegacyDateTime = legacy;
        var hello = new HelloMessage(
            settings.UserAgent,
            settings.RoutingContext,
            Version >= BoltVersion.V5_3 ? BoltAgent.Current : null,
            logon ? null : settings.Auth,
            PatchUtc: legacy);
        var helloHandler = new ResponseHandler("HELLO");
        Enqueue(hello, helloHandler);
        var logonHandler = new ResponseHandler("LOGON");
        if (logon)
        {
            Enqueue(new LogonMessage(settings.Auth), logonHandler);
        }

        await SendAsync(cancellationToken).ConfigureAwait(false);
        await DrainAsync(cancellationToken).ConfigureAwait(false);
        if (_pipeline.TakeFailure() is { } failure)
        {
            // The server closes the connection after a failed HELLO/LOGON.
            IsDefunct = true;
            throw failure;
        }

        ServerAgent = helloHandler.Get<string>("server");
        var hints = helloHandler.Get<Dictionary<string, object?>>("hints");
        TelemetryEnabled = !settings.TelemetryDisabled && Version >= BoltVersion.V5_4
            && hints is not null && hints.TryGetValue("telemetry.enabled", out object? enabled) && enabled is true;
        if (hints is not null && hints.TryGetValue("connection.recv_timeout_seconds", out object? recv) && recv is long seconds and > 0)
        {
            RecvTimeout = TimeSpan.FromSeconds(Math.Min(seconds, int.MaxValue));

            // The server promises a message or NOOP at least this often while it works on a request, so a longer
            // silence means the connection is dead (e.g. half-open behind a firewall): fail instead of hanging.
            _reader.ReadTimeout = RecvTimeout;
        }

        if (legacy && helloHandler.Get<object?[]>("patch_bolt") is { } patches && patches.Contains("utc"))
        {
            _writer.LegacyDateTime = false;
        }
    }
}
