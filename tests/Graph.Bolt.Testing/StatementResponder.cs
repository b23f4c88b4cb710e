using Graph.Bolt.Messages;

namespace Graph.Bolt.Testing;

/// <summary>
/// A server that answers whatever a client sends instead of following a fixed script: HELLO/LOGON are
/// accepted (or refused), transactions begin, commit and roll back, and every RUN is recorded and answered
/// by a function of the statement. After a FAILURE every message is IGNORED until RESET, as Neo4j does.
/// Nothing is simulated: the answers (records, counters, failures) are the caller's.
/// </summary>
/// <param name="answer">Called once per RUN, in arrival order (never concurrently).</param>
public sealed class StatementResponder(Func<RecordedRun, StatementAnswer> answer)
{
    private readonly Lock _lock = new();
    private readonly List<RecordedRun> _runs = [];
    private readonly List<RecordedLogin> _logins = [];
    private readonly HashSet<int> _committed = [];
    private int _transactions;

    /// <summary>A responder that answers every RUN with an empty result.</summary>
    public StatementResponder()
        : this(_ => StatementAnswer.Empty)
    {
    }

    /// <summary>When set, every login is refused with this FAILURE and the connection closed.</summary>
    public (string Code, string Message)? RefuseLogin { get; init; }

    /// <summary>The version reported in HELLO's SUCCESS.</summary>
    public string ServerAgent { get; init; } = "Neo4j/5.26.0";

    /// <summary>Every RUN received, in arrival order.</summary>
    public IReadOnlyList<RecordedRun> Runs
    {
        get
        {
            lock (_lock)
            {
                return _runs.ToArray();
            }
        }
    }

    /// <summary>The RUNs whose transaction committed (auto-commit RUNs once their result was pulled), in arrival order.</summary>
    public IReadOnlyList<RecordedRun> CommittedRuns
    {
        get
        {
            lock (_lock)
            {
                return _runs.Where(r => _committed.Contains(r.Transaction)).ToArray();
            }
        }
    }

    /// <summary>Every connection initialization, with the credentials it carried.</summary>
    public IReadOnlyList<RecordedLogin> Logins
    {
        get
        {
            lock (_lock)
            {
                return _logins.ToArray();
            }
        }
    }

    /// <summary>Serves one connection until the client says GOODBYE or leaves.</summary>
    internal async Task ServeAsync(ScriptContext context)
    {
        var state = new ConnectionState();
        while (true)
        {
            BoltMessage message;
            try
            {
                message = await context.ReadAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is EndOfStreamException or IOException)
            {
                throw new ScriptContext.ConnectionClosedByScript();
            }

            if (state.Failed && message.Tag != MessageTag.Reset)
            {
                context.Send(MessageTag.Ignored);
                continue;
            }

            switch (message.Tag)
            {
                case MessageTag.Goodbye:
                    return;
                case MessageTag.Hello:
                    state.Hello = message.Extra;
                    if (context.Version.Major < 5 || context.Version.Minor < 1)
                    {
                        await LoginAsync(context, state, message.Extra).ConfigureAwait(false);
                    }
                    else
                    {
                        context.Send(MessageTag.Success, HelloMetadata(context));
                    }

                    break;
                case MessageTag.Logon:
                    await LoginAsync(context, state, message.Map(0)).ConfigureAwait(false);
                    break;
                case MessageTag.Begin:
                    state.Transaction = Interlocked.Increment(ref _transactions);
                    state.TransactionExtra = message.Extra;
                    context.Send(MessageTag.Success, Metadata());
                    break;
                case MessageTag.Run:
                    Run(context, state, message);
                    break;
                case MessageTag.Pull or MessageTag.Discard:
                    Pull(context, state, withRecords: message.Tag == MessageTag.Pull);
                    break;
                case MessageTag.Commit:
                    lock (_lock)
                    {
                        _committed.Add(state.Transaction);
                    }

                    context.Send(MessageTag.Success, Metadata(("bookmark", $"bm:{state.Transaction}")));
                    state.Transaction = 0;
                    break;
                case MessageTag.Rollback:
                    state.Transaction = 0;
                    context.Send(MessageTag.Success, Metadata());
                    break;
                case MessageTag.Reset:
                    state.Failed = false;
                    state.Transaction = 0;
                    state.Pending = null;
                    context.Send(MessageTag.Success, Metadata());
                    break;
                case MessageTag.Telemetry or MessageTag.Logoff:
                    context.Send(MessageTag.Success, Metadata());
                    break;
                default:
                    Fail(context, state, "Neo.ClientError.Request.Invalid", $"This server does not answer {message.Name}.");
                    break;
            }
        }
    }

    private async Task LoginAsync(ScriptContext context, ConnectionState state, IReadOnlyDictionary<string, object?> auth)
    {
        lock (_lock)
        {
            _logins.Add(new RecordedLogin(context.Connection, context.Version, state.Hello ?? Metadata(), auth));
        }

        if (RefuseLogin is { } refusal)
        {
            context.Send(MessageTag.Failure, Metadata(("code", refusal.Code), ("message", refusal.Message)));
            await context.CloseAsync().ConfigureAwait(false);
        }

        context.Send(MessageTag.Success, context.Version.Major < 5 || context.Version.Minor < 1 ? HelloMetadata(context) : Metadata());
    }

    private void Run(ScriptContext context, ConnectionState state, BoltMessage message)
    {
        bool autoCommit = state.Transaction == 0;
        int transaction = autoCommit ? Interlocked.Increment(ref _transactions) : state.Transaction;
        var run = new RecordedRun(
            context.Connection, transaction, autoCommit, message.Query, message.Map(1), autoCommit ? message.Extra : state.TransactionExtra ?? Metadata());
        StatementAnswer result;
        lock (_lock)
        {
            _runs.Add(run);
            result = answer(run);
        }

        if (result.FailureCode is { } code)
        {
            Fail(context, state, code, result.FailureMessage);
            return;
        }

        state.Pending = (run, result);
        context.Send(MessageTag.Success, Metadata(("fields", result.Keys.ToArray()), ("t_first", 0L)));
    }

    private void Pull(ScriptContext context, ConnectionState state, bool withRecords)
    {
        if (state.Pending is not { } pending)
        {
            Fail(context, state, "Neo.ClientError.Request.Invalid", "Nothing to pull.");
            return;
        }

        if (withRecords)
        {
            foreach (var record in pending.Answer.Records)
            {
                context.Send(MessageTag.Record, record.ToList());
            }
        }

        var metadata = Metadata(("type", pending.Answer.QueryType), ("t_last", 0L), ("db", "neo4j"));
        if (pending.Answer.Stats.Count > 0)
        {
            metadata["stats"] = pending.Answer.Stats;
        }

        if (pending.Run.AutoCommit)
        {
            lock (_lock)
            {
                _committed.Add(pending.Run.Transaction);
            }

            metadata["bookmark"] = $"bm:{pending.Run.Transaction}";
        }

        state.Pending = null;
        context.Send(MessageTag.Success, metadata);
    }

    private static void Fail(ScriptContext context, ConnectionState state, string code, string message)
    {
        state.Failed = true;
        state.Pending = null;
        context.Send(MessageTag.Failure, Metadata(("code", code), ("message", message)));
    }

    private Dictionary<string, object?> HelloMetadata(ScriptContext context) =>
        Metadata(("server", ServerAgent), ("connection_id", $"bolt-{context.Connection}"));

    private static Dictionary<string, object?> Metadata(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

    private sealed class ConnectionState
    {
        public IReadOnlyDictionary<string, object?>? Hello { get; set; }

        public int Transaction { get; set; }

        public IReadOnlyDictionary<string, object?>? TransactionExtra { get; set; }

        public (RecordedRun Run, StatementAnswer Answer)? Pending { get; set; }

        public bool Failed { get; set; }
    }
}
