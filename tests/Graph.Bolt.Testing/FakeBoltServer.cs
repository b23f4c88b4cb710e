using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Graph.Bolt.Framing;
using Graph.Bolt.Messages;

namespace Graph.Bolt.Testing;

/// <summary>
/// An in-process scripted Bolt server on 127.0.0.1 (port 0). Each accepted connection plays the next queued
/// <see cref="ConnectionScript"/> (or the default one); deviations are collected in <see cref="Errors"/>.
/// Optionally speaks TLS with a given certificate.
/// </summary>
public sealed class FakeBoltServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly X509Certificate2? _certificate;
    private readonly ConcurrentQueue<ConnectionScript> _scripts = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly ConcurrentQueue<(int Connection, BoltMessage Message)> _received = new();
    private readonly List<Task> _handlers = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;
    private ConnectionScript? _default;
    private int _connections;
    private int _closed;

    private FakeBoltServer(X509Certificate2? certificate)
    {
        _certificate = certificate;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _acceptLoop = AcceptLoopAsync();
    }

    /// <summary>The listening port.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary><c>127.0.0.1:port</c>.</summary>
    public string Address => $"127.0.0.1:{Port}";

    /// <summary>Connections accepted so far.</summary>
    public int ConnectionCount => Volatile.Read(ref _connections);

    /// <summary>Connections whose server side has ended (script finished or closed, client gone).</summary>
    public int ClosedCount => Volatile.Read(ref _closed);

    /// <summary>Script deviations and server-side exceptions.</summary>
    public IReadOnlyList<string> Errors => _errors.ToArray();

    /// <summary>Every client message received, with the connection number (1-based).</summary>
    public IReadOnlyList<(int Connection, BoltMessage Message)> Received => _received.ToArray();

    /// <summary>Names of every message received, in order.</summary>
    public IReadOnlyList<string> ReceivedNames => _received.Select(r => r.Message.Name).ToArray();

    /// <summary>Starts a server (TLS when <paramref name="certificate"/> is given).</summary>
    public static FakeBoltServer Start(X509Certificate2? certificate = null) => new(certificate);

    /// <summary>Queues a script for the next accepted connection.</summary>
    public FakeBoltServer OnConnection(Action<ConnectionScript> build)
    {
        var script = new ConnectionScript();
        build(script);
        _scripts.Enqueue(script);
        return this;
    }

    /// <summary>The script for connections accepted once the queue is empty.</summary>
    public FakeBoltServer OnEveryConnection(Action<ConnectionScript> build)
    {
        var script = new ConnectionScript();
        build(script);
        _default = script;
        return this;
    }

    /// <summary>Waits for every connection handler to finish and fails the test on any script error.</summary>
    /// <exception cref="FakeServerException">A script was not followed, a handler failed or a queued script went unused.</exception>
    public async Task AssertScriptsCompletedAsync()
    {
        Task[] handlers;
        lock (_handlers)
        {
            handlers = _handlers.ToArray();
        }

        var all = Task.WhenAll(handlers);
        if (await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(10))) != all)
        {
            _errors.Enqueue("A connection handler did not finish (the client kept the connection open?).");
        }

        if (!_errors.IsEmpty)
        {
            throw new FakeServerException(string.Join(Environment.NewLine, _errors));
        }

        if (!_scripts.IsEmpty)
        {
            throw new FakeServerException($"{_scripts.Count} scripted connection(s) never came.");
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> connections have been closed on the server side.</summary>
    /// <exception cref="TimeoutException">They were not closed within 10 seconds.</exception>
    public async Task WaitForClosedAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (ClosedCount < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Only {ClosedCount} of {count} connections were closed.");
            }

            await Task.Delay(10);
        }
    }

    /// <summary>Stops listening; handlers still running end when their clients leave.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _acceptLoop;
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException)
            {
                return;
            }

            int number = Interlocked.Increment(ref _connections);
            var script = _scripts.TryDequeue(out var next) ? next : _default;
            var handler = Task.Run(() => HandleAsync(socket, number, script));
            lock (_handlers)
            {
                _handlers.Add(handler);
            }
        }
    }

    private async Task HandleAsync(Socket socket, int number, ConnectionScript? script)
    {
        socket.NoDelay = true;
        Stream stream = new NetworkStream(socket, ownsSocket: true);
        try
        {
            if (_certificate is not null)
            {
                var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
                stream = ssl;
                try
                {
                    await ssl.AuthenticateAsServerAsync(_certificate);
                }
                catch (Exception e) when (e is IOException or System.Security.Authentication.AuthenticationException)
                {
                    return; // The client refused the certificate.
                }
            }

            using var reader = new ChunkReader(stream);
            byte[] request;
            try
            {
                request = (await reader.ReadRawAsync(20, CancellationToken.None)).ToArray();
            }
            catch (Exception e) when (e is EndOfStreamException or IOException)
            {
                return; // The client left before speaking Bolt (e.g. it rejected the certificate).
            }

            if (script is null)
            {
                _errors.Enqueue($"Connection {number} arrived with no script for it.");
                return;
            }

            var version = await HandshakeAsync(stream, request, script);
            if (version is null)
            {
                return;
            }

            var context = new ScriptContext(stream, reader, version.Value, number, m => _received.Enqueue((number, m)));
            foreach (var step in script.Steps)
            {
                await step(context);
            }

            await context.FlushAsync();
            await DrainAfterScriptAsync(context, number);
        }
        catch (ScriptContext.ConnectionClosedByScript)
        {
        }
        catch (Exception e)
        {
            _errors.Enqueue($"Connection {number}: {e.GetType().Name}: {e.Message}");
        }
        finally
        {
            await stream.DisposeAsync();
            Interlocked.Increment(ref _closed);
        }
    }

    private async Task DrainAfterScriptAsync(ScriptContext context, int number)
    {
        while (true)
        {
            BoltMessage message;
            try
            {
                message = await context.ReadAsync();
            }
            catch (Exception e) when (e is EndOfStreamException or IOException)
            {
                return;
            }

            if (message.Tag == MessageTag.Goodbye)
            {
                return;
            }

            _errors.Enqueue($"Connection {number}: unexpected {message.Name} after the script ended.");
            return;
        }
    }

    private static async Task<(int Major, int Minor)?> HandshakeAsync(Stream stream, byte[] request, ConnectionScript script)
    {
        if (request[0] != 0x60 || request[1] != 0x60 || request[2] != 0xB0 || request[3] != 0x17)
        {
            throw new InvalidOperationException("Bad handshake magic: " + Convert.ToHexString(request.AsSpan(0, 4)));
        }

        if (script.RawHandshake is { } raw)
        {
            await stream.WriteAsync(raw);
            await stream.FlushAsync();
            return null;
        }

        foreach (var (major, minor, range) in Slots(request))
        {
            foreach (var version in script.Versions)
            {
                if (version.Major == major && version.Minor <= minor && version.Minor >= minor - range)
                {
                    await stream.WriteAsync(new byte[] { 0, 0, (byte)version.Minor, (byte)version.Major });
                    await stream.FlushAsync();
                    return version;
                }
            }
        }

        await stream.WriteAsync(new byte[4]);
        await stream.FlushAsync();
        return null;
    }

    private static IEnumerable<(int Major, int Minor, int Range)> Slots(byte[] request)
    {
        for (int slot = 4; slot < 20; slot += 4)
        {
            int major = request[slot + 3];
            if (major == 0 || major == 0xFF)
            {
                continue; // Empty slot, or a manifest-style offer this server does not speak.
            }

            yield return (major, request[slot + 2], request[slot + 1]);
        }
    }
}
