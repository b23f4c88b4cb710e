namespace Graph.Bolt.Testing;

/// <summary>Reusable script fragments and driver set-up for the client tests.</summary>
public static class Scripts
{
    /// <summary>Expect BEGIN, RUN and PULL before answering any of them (proves pipelining), then answer with one record.</summary>
    public static ConnectionScript TxQuery(this ConnectionScript script, object? value, Action<BoltMessage>? checkBegin = null) =>
        script.Expect("BEGIN", checkBegin).Expect("RUN").Expect("PULL")
            .Success()
            .Success(new Dictionary<string, object?> { ["fields"] = new[] { "x" }, ["t_first"] = 1L })
            .Record(value)
            .Success(new Dictionary<string, object?> { ["type"] = "w", ["t_last"] = 2L, ["db"] = "neo4j" });

    /// <summary>Expect COMMIT and answer with a bookmark.</summary>
    public static ConnectionScript Commit(this ConnectionScript script, string bookmark = "bm:1") =>
        script.Expect("COMMIT").Success(new Dictionary<string, object?> { ["bookmark"] = bookmark });

    /// <summary>BEGIN+RUN+PULL answered with a FAILURE to RUN, IGNORED for PULL, then the RESET the client must send.</summary>
    public static ConnectionScript TxFailure(this ConnectionScript script, string code, string message = "failed") =>
        script.Expect("BEGIN").Expect("RUN").Expect("PULL")
            .Success().Failure(code, message).Ignored()
            .ExpectReset();

    /// <summary>Options with a fake clock and mid-range jitter (every delay exactly as scheduled).</summary>
    public static BoltDriverOptions Options(FakeTimeProvider clock, double random = 0.5) => new()
    {
        TimeProvider = clock,
        RandomSource = () => random,
        ConnectionTimeout = TimeSpan.FromSeconds(10),
    };

    /// <summary>A driver for the fake server.</summary>
    public static BoltDriver Driver(FakeBoltServer server, BoltDriverOptions? options = null, string scheme = "bolt", AuthToken? auth = null) =>
        BoltDriver.Create($"{scheme}://{server.Address}", auth ?? AuthTokens.Basic("neo4j", "secret-password"), options ?? Options(new FakeTimeProvider()));

    /// <summary>Runs a one-query write transaction returning the first value.</summary>
    public static Task<object?> WriteOneAsync(this BoltSession session, string query = "RETURN 1 AS x") =>
        session.ExecuteWriteAsync(async tx => (await tx.RunAsync(query)).Records[0][0]);
}
