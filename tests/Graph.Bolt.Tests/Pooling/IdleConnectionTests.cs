using Graph.Bolt.Testing;

namespace Graph.Bolt.Tests.Pooling;

/// <summary>Idle pooled connections are vetted before reuse; dead ones are replaced without the caller noticing.</summary>
public sealed class IdleConnectionTests
{
    private static readonly Dictionary<string, object?> Fields = new() { ["fields"] = new[] { "x" } };
    private static readonly Dictionary<string, object?> Done = new() { ["type"] = "r", ["bookmark"] = "bm:auto" };

    /// <summary>An auto-commit RUN+PULL answered with one record.</summary>
    private static ConnectionScript AutoCommit(ConnectionScript script, object? value) =>
        script.Expect("RUN").Expect("PULL").Success(Fields).Record(value).Success(Done);

    [Fact]
    public async Task A_connection_the_server_closed_while_idle_is_replaced_before_an_auto_commit_query()
    {
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Init().TxQuery(1L).Commit().Close());
        server.OnConnection(s => AutoCommit(s.Init(), 2L));
        await using (var driver = Scripts.Driver(server))
        {
            await using var session = driver.Session();
            Assert.Equal(1L, await session.WriteOneAsync());
            await server.WaitForClosedAsync(1);
            var result = await session.RunAsync("RETURN 2 AS x");
            Assert.Equal(2L, result.Records[0][0]);
        }

        await server.AssertScriptsCompletedAsync();
        Assert.Equal(2, server.ConnectionCount);
        Assert.Equal(2, server.Received.Single(r => r.Message.Name == "RUN" && r.Message.Query == "RETURN 2 AS x").Connection);
    }

    [Fact]
    public async Task Connections_idle_longer_than_the_liveness_timeout_are_checked_with_RESET_others_are_not()
    {
        var clock = new FakeTimeProvider();
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Init()
            .TxQuery(1L).Commit()
            .ExpectReset().TxQuery(2L).Commit()
            .TxQuery(3L).Commit());
        var options = Scripts.Options(clock) with { ConnectionLivenessCheckTimeout = TimeSpan.FromSeconds(30) };
        await using (var driver = Scripts.Driver(server, options))
        {
            await using var session = driver.Session();
            Assert.Equal(1L, await session.WriteOneAsync());
            clock.Advance(TimeSpan.FromSeconds(31));
            Assert.Equal(2L, await session.WriteOneAsync());
            clock.Advance(TimeSpan.FromSeconds(29));
            Assert.Equal(3L, await session.WriteOneAsync());
        }

        await server.AssertScriptsCompletedAsync();
        Assert.Equal(1, server.ConnectionCount);
        Assert.Equal(1, server.ReceivedNames.Count(n => n == "RESET"));
    }

    [Fact]
    public async Task A_connection_that_fails_the_liveness_RESET_is_discarded_and_a_fresh_one_serves_the_query()
    {
        var clock = new FakeTimeProvider();
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Init().TxQuery(1L).Commit().Expect("RESET").Close());
        server.OnConnection(s => AutoCommit(s.Init(), 2L));
        var options = Scripts.Options(clock) with { ConnectionLivenessCheckTimeout = TimeSpan.FromMinutes(1) };
        await using (var driver = Scripts.Driver(server, options))
        {
            await using var session = driver.Session();
            Assert.Equal(1L, await session.WriteOneAsync());
            clock.Advance(TimeSpan.FromMinutes(5));
            Assert.Equal(2L, (await session.RunAsync("RETURN 2 AS x")).Records[0][0]);
        }

        await server.AssertScriptsCompletedAsync();
        Assert.Equal(2, server.ConnectionCount);
        Assert.Empty(clock.Delays);
    }

    [Fact]
    public async Task Unsolicited_bytes_on_an_idle_connection_force_a_RESET_check_even_without_a_liveness_timeout()
    {
        var flushed = new TaskCompletionSource();
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Init().TxQuery(1L).Commit()
            .Failure("Neo.TransientError.General.DatabaseUnavailable", "The database is shutting down.")
            .Do(async context =>
            {
                await context.FlushAsync();
                flushed.SetResult();
            })
            .Expect("RESET").Close());
        server.OnConnection(s => AutoCommit(s.Init(), 2L));
        await using (var driver = Scripts.Driver(server))
        {
            await using var session = driver.Session();
            Assert.Equal(1L, await session.WriteOneAsync());
            await flushed.Task;
            await Task.Delay(50); // Loopback delivery of the flushed bytes.
            Assert.Equal(2L, (await session.RunAsync("RETURN 2 AS x")).Records[0][0]);
        }

        await server.AssertScriptsCompletedAsync();
        Assert.Equal(2, server.ConnectionCount);
    }

    [Fact]
    public async Task Connections_idle_longer_than_the_servers_recv_timeout_hint_are_replaced()
    {
        var clock = new FakeTimeProvider();
        var hints = new Dictionary<string, object?> { ["connection.recv_timeout_seconds"] = 60L };
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Init(hints).TxQuery(1L).Commit().TxQuery(2L).Commit());
        server.OnConnection(s => s.Init(hints).TxQuery(3L).Commit());
        await using (var driver = Scripts.Driver(server, Scripts.Options(clock)))
        {
            await using var session = driver.Session();
            Assert.Equal(1L, await session.WriteOneAsync());
            clock.Advance(TimeSpan.FromSeconds(59));
            Assert.Equal(2L, await session.WriteOneAsync());
            clock.Advance(TimeSpan.FromSeconds(61));
            Assert.Equal(3L, await session.WriteOneAsync());
        }

        await server.AssertScriptsCompletedAsync();
        Assert.Equal(2, server.ConnectionCount);
        Assert.Equal("GOODBYE", server.Received.Last(r => r.Connection == 1).Message.Name);
    }

    [Fact]
    public async Task Connections_older_than_the_max_lifetime_are_replaced()
    {
        var clock = new FakeTimeProvider();
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Init().TxQuery(1L).Commit());
        server.OnConnection(s => s.Init().TxQuery(2L).Commit());
        var options = Scripts.Options(clock) with { MaxConnectionLifetime = TimeSpan.FromMinutes(10) };
        await using (var driver = Scripts.Driver(server, options))
        {
            await using var session = driver.Session();
            Assert.Equal(1L, await session.WriteOneAsync());
            clock.Advance(TimeSpan.FromMinutes(11));
            Assert.Equal(2L, await session.WriteOneAsync());
        }

        await server.AssertScriptsCompletedAsync();
        Assert.Equal(2, server.ConnectionCount);
    }

    [Fact]
    public async Task Sockets_use_tcp_keep_alive_unless_disabled()
    {
        await using var server = FakeBoltServer.Start();
        server.OnEveryConnection(s => s.Init());
        foreach (bool keepAlive in new[] { true, false })
        {
            var options = Scripts.Options(new FakeTimeProvider()) with { SocketKeepAlive = keepAlive };
            await using var driver = Scripts.Driver(server, options);
            var connection = await driver.Provider.AcquireAsync(AccessMode.Write, null, [], CancellationToken.None);
            Assert.Equal(keepAlive, connection.SocketKeepAlive);
            await driver.Provider.Pools.ReleaseAsync(connection);
        }

        await server.AssertScriptsCompletedAsync();
    }
}
