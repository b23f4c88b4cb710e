using Graph.Bolt.Messages;

namespace Graph.Bolt.Testing;

/// <summary>
/// What the fake server does on one accepted connection: the handshake answer, then expected client messages
/// (<c>Expect</c>) and server messages (<c>Success</c>, <c>Record</c>, <c>Failure</c>, <c>Ignored</c>, <c>Close</c>), in order.
/// Server messages are buffered and flushed before the next expectation, so they can be pipelined.
/// </summary>
public sealed class ConnectionScript
{
    private readonly List<Func<ScriptContext, Task>> _steps = [];

    /// <summary>The versions the server accepts, best first (default 5.8 … 5.0 and 4.4).</summary>
    internal IReadOnlyList<(int Major, int Minor)> Versions { get; private set; } =
        [(5, 8), (5, 7), (5, 6), (5, 4), (5, 3), (5, 2), (5, 1), (5, 0), (4, 4)];

    /// <summary>A raw 4-byte handshake reply, instead of negotiating.</summary>
    internal byte[]? RawHandshake { get; private set; }

    internal IReadOnlyList<Func<ScriptContext, Task>> Steps => _steps;

    /// <summary>Accept only these versions ("5.4", "4.4" …).</summary>
    public ConnectionScript SupportVersions(params string[] versions)
    {
        Versions = versions.Select(v => (int.Parse(v.Split('.')[0]), int.Parse(v.Split('.')[1]))).ToArray();
        return this;
    }

    /// <summary>Answer the handshake with these bytes and close (e.g. "HTTP", or four zero bytes).</summary>
    public ConnectionScript HandshakeReply(byte[] reply)
    {
        RawHandshake = reply;
        return this;
    }

    /// <summary>Expect the next client message to be <paramref name="name"/>, optionally checking it.</summary>
    public ConnectionScript Expect(string name, Action<BoltMessage>? check = null)
    {
        _steps.Add(async context =>
        {
            var message = await context.ReadAsync().ConfigureAwait(false);
            if (message.Name != name)
            {
                throw new InvalidOperationException($"Expected {name} but the client sent {message.Name}.");
            }

            check?.Invoke(message);
        });
        return this;
    }

    /// <summary>HELLO → SUCCESS, then (Bolt 5.1+) LOGON → SUCCESS.</summary>
    public ConnectionScript Init(IReadOnlyDictionary<string, object?>? hints = null, string server = "Neo4j/5.26.0")
    {
        Expect("HELLO");
        var metadata = new Dictionary<string, object?> { ["server"] = server, ["connection_id"] = "bolt-1" };
        if (hints is not null)
        {
            metadata["hints"] = hints;
        }

        Success(metadata);
        _steps.Add(async context =>
        {
            if (context.Version.Major >= 5 && context.Version.Minor >= 1)
            {
                var logon = await context.ReadAsync().ConfigureAwait(false);
                if (logon.Name != "LOGON")
                {
                    throw new InvalidOperationException($"Expected LOGON but the client sent {logon.Name}.");
                }

                context.Send(MessageTag.Success, new Dictionary<string, object?>());
            }
        });
        return this;
    }

    /// <summary>Sends SUCCESS with metadata (empty when null).</summary>
    public ConnectionScript Success(IReadOnlyDictionary<string, object?>? metadata = null) =>
        Send(MessageTag.Success, metadata ?? new Dictionary<string, object?>());

    /// <summary>Sends RECORD with these values.</summary>
    public ConnectionScript Record(params object?[] values) => Send(MessageTag.Record, values.ToList());

    /// <summary>Sends FAILURE with a code and message (as <c>code</c>, or <c>neo4j_code</c> when <paramref name="gql"/>).</summary>
    public ConnectionScript Failure(string code, string message, bool gql = false) =>
        Send(MessageTag.Failure, new Dictionary<string, object?> { [gql ? "neo4j_code" : "code"] = code, ["message"] = message });

    /// <summary>Sends a Bolt 5.7-style FAILURE: <c>neo4j_code</c>, <c>message</c>, <c>gql_status</c>.</summary>
    public ConnectionScript GqlFailure(string neo4jCode, string message) =>
        Send(MessageTag.Failure, new Dictionary<string, object?>
        {
            ["neo4j_code"] = neo4jCode,
            ["message"] = message,
            ["gql_status"] = "50N42",
            ["description"] = "error: general processing exception - unexpected error",
        });

    /// <summary>Sends IGNORED.</summary>
    public ConnectionScript Ignored() => Send(MessageTag.Ignored);

    /// <summary>Expect RESET and acknowledge it.</summary>
    public ConnectionScript ExpectReset() => Expect("RESET").Success();

    /// <summary>Flushes what was sent, then closes the socket.</summary>
    public ConnectionScript Close()
    {
        _steps.Add(context => context.CloseAsync());
        return this;
    }

    /// <summary>
    /// Hands the rest of the connection (HELLO and LOGON included) to <paramref name="responder"/>, which answers
    /// whatever the client sends until it says GOODBYE or leaves.
    /// </summary>
    public ConnectionScript Serve(StatementResponder responder)
    {
        ArgumentNullException.ThrowIfNull(responder);
        _steps.Add(responder.ServeAsync);
        return this;
    }

    /// <summary>Runs custom server logic.</summary>
    public ConnectionScript Do(Func<ScriptContext, Task> step)
    {
        _steps.Add(step);
        return this;
    }

    private ConnectionScript Send(byte tag, params object?[] fields)
    {
        _steps.Add(context =>
        {
            context.Send(tag, fields);
            return Task.CompletedTask;
        });
        return this;
    }
}
