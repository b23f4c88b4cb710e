using Graph.Bolt.Testing;

namespace Graph.Bolt.Tests;

public sealed class TransactionTests
{
    [Fact]
    public async Task BEGIN_RUN_PULL_are_pipelined_and_bookmarks_chain_transactions()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Init()
            .TxQuery(1L, begin => Assert.Equal(new object?[] { "bm:0" }, begin.Extra["bookmarks"]))
            .Commit("bm:1")
            .TxQuery(2L, begin =>
            {
                Assert.Equal(new object?[] { "bm:1" }, begin.Extra["bookmarks"]);
                Assert.Equal("movies", begin.Extra["db"]);
                Assert.Equal("r", begin.Extra["mode"]);
            })
            .Commit("bm:2"));
        await using (var driver = Scripts.Driver(server))
        {
            await using var session = driver.Session(new SessionOptions { Database = "movies", Bookmarks = ["bm:0"] });
            Assert.Equal(1L, await session.WriteOneAsync());
            Assert.Equal(["bm:1"], session.LastBookmarks);
            Assert.Equal(2L, await session.ExecuteReadAsync(async tx => (await tx.RunAsync("RETURN 2 AS x")).Records[0]["x"]));
            Assert.Equal(["bm:2"], session.LastBookmarks);
        }

        await server.AssertScriptsCompletedAsync();
        Assert.Equal(1, server.ConnectionCount); // The pooled connection served both transactions.
        var first = server.Received.Select(r => r.Message).SkipWhile(m => m.Name != "BEGIN").Take(3).ToList();
        Assert.False(first[0].Extra.ContainsKey("mode")); // write is the default mode and is left out
        Assert.Equal(new Dictionary<string, object?> { ["n"] = 1000L }, first[2].Extra);
    }

    [Fact]
    public async Task Auto_commit_run_sends_database_mode_and_parameters_and_reads_the_summary()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Init()
            .Expect("RUN", run =>
            {
                Assert.Equal("UNWIND $rows AS row CREATE (:P {id: row.id})", run.Query);
                var rows = (object?[])run.Map(1)["rows"]!;
                Assert.Equal(new Dictionary<string, object?> { ["id"] = 1L, ["day"] = new BoltDate(1) }, rows[0]);
                Assert.Equal("r", run.Extra["mode"]);
                Assert.Equal("news", run.Extra["db"]);
            })
            .Expect("PULL")
            .Success(new Dictionary<string, object?> { ["fields"] = new[] { "a", "b" } })
            .Record(1L, "x")
            .Record(2L, "y")
            .Success(new Dictionary<string, object?>
            {
                ["bookmark"] = "bm:auto",
                ["type"] = "rw",
                ["db"] = "news",
                ["stats"] = new Dictionary<string, object?> { ["nodes-created"] = 2L, ["properties-set"] = 4L, ["labels-added"] = 2L },
            }));
        await using (var driver = Scripts.Driver(server))
        {
            await using var session = driver.Session(new SessionOptions { Database = "news", AccessMode = AccessMode.Read });
            var rows = new[] { new Dictionary<string, object?> { ["id"] = 1, ["day"] = new DateOnly(1970, 1, 2) } };
            var result = await session.RunAsync(
                "UNWIND $rows AS row CREATE (:P {id: row.id})", new Dictionary<string, object?> { ["rows"] = rows });
            Assert.Equal(["a", "b"], result.Keys);
            Assert.Equal(2, result.Records.Count);
            Assert.Equal("y", result.Records[1]["b"]);
            Assert.Equal(2L, result.Records[1][0]);
            Assert.Throws<KeyNotFoundException>(() => result.Records[0]["c"]);
            Assert.Equal(2, result.Summary.Counters.NodesCreated);
            Assert.Equal(4, result.Summary.Counters.PropertiesSet);
            Assert.True(result.Summary.Counters.ContainsUpdates);
            Assert.Equal(QueryType.ReadWrite, result.Summary.QueryType);
            Assert.Equal("news", result.Summary.Database);
            Assert.Equal(["bm:auto"], session.LastBookmarks);
        }

        await server.AssertScriptsCompletedAsync();
    }

    [Fact]
    public async Task Failure_is_followed_by_RESET_and_the_connection_stays_usable()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Init()
            .TxFailure("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRUN'")
            .TxQuery("fine").Commit());
        await using (var driver = Scripts.Driver(server))
        {
            await using var session = driver.Session();
            var error = await Assert.ThrowsAsync<ClientException>(() => session.WriteOneAsync("RETRUN 1"));
            Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
            Assert.Equal("Invalid input 'RETRUN'", error.Message);
            Assert.Equal("fine", await session.WriteOneAsync());
        }

        await server.AssertScriptsCompletedAsync();
        Assert.Equal(1, server.ConnectionCount);
        Assert.DoesNotContain("ROLLBACK", server.ReceivedNames); // RESET already ended the transaction.
    }

    [Fact]
    public async Task Bolt_5_7_failures_with_neo4j_code_are_typed()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Init()
            .Expect("RUN").Expect("PULL")
            .GqlFailure("Neo.DatabaseError.General.UnknownError", "boom")
            .Ignored()
            .ExpectReset());
        await using (var driver = Scripts.Driver(server))
        {
            await using var session = driver.Session();
            var error = await Assert.ThrowsAsync<DatabaseException>(() => session.RunAsync("RETURN 1"));
            Assert.Equal("Neo.DatabaseError.General.UnknownError", error.Code);
            Assert.Equal("50N42", error.GqlStatus);
        }

        await server.AssertScriptsCompletedAsync();
    }

    [Fact]
    public async Task Work_that_throws_rolls_the_transaction_back()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Init().TxQuery(1L).Expect("ROLLBACK").Success());
        await using (var driver = Scripts.Driver(server))
        {
            await using var session = driver.Session();
            await Assert.ThrowsAsync<InvalidOperationException>(() => session.ExecuteWriteAsync<int>(async tx =>
            {
                await tx.RunAsync("RETURN 1 AS x");
                throw new InvalidOperationException("application error");
            }));
        }

        await server.AssertScriptsCompletedAsync();
    }

    [Fact]
    public async Task A_parameter_that_cannot_be_encoded_rolls_back_and_leaves_the_connection_clean()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Init().Expect("BEGIN").Expect("ROLLBACK").Success().Success().TxQuery("next").Commit());
        await using (var driver = Scripts.Driver(server))
        {
            await using var session = driver.Session();
            var error = await Assert.ThrowsAsync<ArgumentException>(() => session.ExecuteWriteAsync(
                tx => tx.RunAsync("RETURN $x", new Dictionary<string, object?> { ["x"] = new Uri("http://example.org") })));
            Assert.Contains("System.Uri", error.Message, StringComparison.Ordinal);
            Assert.Equal("next", await session.WriteOneAsync());
        }

        await server.AssertScriptsCompletedAsync();
        Assert.Equal(1, server.ConnectionCount);
    }

    [Fact]
    public async Task Fetch_size_pulls_in_batches_while_the_server_has_more()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Init()
            .Expect("RUN").Expect("PULL", pull => Assert.Equal(2L, pull.Extra["n"]))
            .Success(new Dictionary<string, object?> { ["fields"] = new[] { "i" } })
            .Record(1L).Record(2L).Success(new Dictionary<string, object?> { ["has_more"] = true })
            .Expect("PULL", pull => Assert.Equal(2L, pull.Extra["n"]))
            .Record(3L).Success());
        await using (var driver = Scripts.Driver(server))
        {
            await using var session = driver.Session(new SessionOptions { FetchSize = 2 });
            var result = await session.RunAsync("UNWIND range(1, 3) AS i RETURN i");
            Assert.Equal([1L, 2L, 3L], result.Records.Select(r => r[0]));
        }

        await server.AssertScriptsCompletedAsync();
    }

    [Fact]
    public async Task Telemetry_is_sent_only_when_the_server_hints_it()
    {
        await using var server = FakeBoltServer.Start();
        var hints = new Dictionary<string, object?> { ["telemetry.enabled"] = true };
        server.OnConnection(s => s.Init(hints)
            .Expect("TELEMETRY", t => Assert.Equal(0L, t.Fields[0])).Expect("BEGIN").Expect("RUN").Expect("PULL")
            .Success().Success().Success(new Dictionary<string, object?> { ["fields"] = new[] { "x" } }).Record(1L).Success()
            .Commit());
        server.OnConnection(s => s.SupportVersions("5.3").Init(hints).TxQuery(1L).Commit());
        server.OnConnection(s => s.Init().TxQuery(1L).Commit());
        for (int i = 0; i < 3; i++)
        {
            await using var driver = Scripts.Driver(server);
            await using var session = driver.Session();
            Assert.Equal(1L, await session.WriteOneAsync());
        }

        await server.AssertScriptsCompletedAsync();
        Assert.Single(server.ReceivedNames, n => n == "TELEMETRY");
    }

    [Fact]
    public async Task Noop_chunks_between_responses_are_ignored()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Init().Expect("RUN").Expect("PULL")
            .Do(c =>
            {
                c.SendRaw([0, 0, 0, 0]);
                return Task.CompletedTask;
            })
            .Success(new Dictionary<string, object?> { ["fields"] = new[] { "x" } }).Record(7L).Success());
        await using (var driver = Scripts.Driver(server))
        {
            await using var session = driver.Session();
            Assert.Equal(7L, (await session.RunAsync("RETURN 7 AS x")).Records[0][0]);
        }

        await server.AssertScriptsCompletedAsync();
    }
}
