using Graph.Bolt.Testing;

namespace Graph.Bolt.Tests.Retry;

/// <summary>AuthorizationExpired retires the server's connections and retries; TokenExpired is final.</summary>
public sealed class AuthorizationTests
{
    private static Dictionary<string, object?> Table(string[] readers, string[] writers) => new()
    {
        ["rt"] = new Dictionary<string, object?>
        {
            ["ttl"] = 300L,
            ["db"] = "neo4j",
            ["servers"] = new object?[]
            {
                new Dictionary<string, object?> { ["addresses"] = readers, ["role"] = "ROUTE" },
                new Dictionary<string, object?> { ["addresses"] = readers, ["role"] = "READ" },
                new Dictionary<string, object?> { ["addresses"] = writers, ["role"] = "WRITE" },
            },
        },
    };

    [Fact]
    public async Task AuthorizationExpired_retries_on_a_fresh_connection_and_retires_connections_that_were_in_use()
    {
        var clock = new FakeTimeProvider();
        var firstRan = new TaskCompletionSource();
        var gate = new TaskCompletionSource();
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Init().TxQuery("held").Commit());
        server.OnConnection(s => s.Init().TxFailure(ErrorCodes.AuthorizationExpired, "Authorization info expired."));
        server.OnConnection(s => s.Init().TxQuery("retried").Commit().TxQuery("later").Commit());
        await using (var driver = Scripts.Driver(server, Scripts.Options(clock)))
        {
            await using var holder = driver.Session();
            await using var session = driver.Session();
            var held = holder.ExecuteWriteAsync(async tx =>
            {
                object? value = (await tx.RunAsync("RETURN 1 AS x")).Records[0][0];
                firstRan.SetResult();
                await gate.Task;
                return value;
            });
            await firstRan.Task;

            Assert.Equal("retried", await session.WriteOneAsync());
            gate.SetResult();
            Assert.Equal("held", await held);

            // The connection that was in use when authorization expired is closed on return, never reused.
            Assert.Equal("later", await session.WriteOneAsync());
        }

        await server.AssertScriptsCompletedAsync();
        Assert.Equal(3, server.ConnectionCount);
        Assert.Equal([1.0], clock.Delays.Select(d => d.TotalSeconds));
        Assert.Equal("GOODBYE", server.Received.Last(r => r.Connection == 1).Message.Name);
    }

    [Fact]
    public async Task AuthorizationExpired_leaves_the_connections_of_other_servers_alone()
    {
        var clock = new FakeTimeProvider();
        await using var reader = FakeBoltServer.Start();
        await using var writer = FakeBoltServer.Start();
        reader.OnConnection(s => s.Init()
            .Expect("ROUTE").Success(Table([reader.Address], [writer.Address]))
            .TxQuery("read 1").Commit().TxQuery("read 2").Commit());
        writer.OnConnection(s => s.Init().TxFailure(ErrorCodes.AuthorizationExpired, "Authorization info expired."));
        writer.OnConnection(s => s.Init().TxQuery("written").Commit());
        await using (var driver = BoltDriver.Create($"neo4j://{reader.Address}", AuthTokens.Basic("neo4j", "pw"), Scripts.Options(clock)))
        {
            await using var session = driver.Session();
            Assert.Equal("read 1", await session.ExecuteReadAsync(async tx => (await tx.RunAsync("RETURN 1 AS x")).Records[0][0]));
            Assert.Equal("written", await session.WriteOneAsync());
            Assert.Equal("read 2", await session.ExecuteReadAsync(async tx => (await tx.RunAsync("RETURN 1 AS x")).Records[0][0]));
        }

        await reader.AssertScriptsCompletedAsync();
        await writer.AssertScriptsCompletedAsync();
        Assert.Equal(1, reader.ConnectionCount);
        Assert.Equal(2, writer.ConnectionCount);
    }

    [Fact]
    public async Task AuthorizationExpired_on_ROUTE_retires_the_routers_connections_before_the_retry()
    {
        var clock = new FakeTimeProvider();
        await using var router = FakeBoltServer.Start();
        await using var writer = FakeBoltServer.Start();
        router.OnConnection(s => s.Init().Expect("ROUTE").Failure(ErrorCodes.AuthorizationExpired, "Authorization info expired.").ExpectReset());
        router.OnConnection(s => s.Init().Expect("ROUTE").Success(Table([router.Address], [writer.Address])));
        writer.OnConnection(s => s.Init().TxQuery("written").Commit());
        await using (var driver = BoltDriver.Create($"neo4j://{router.Address}", AuthTokens.Basic("neo4j", "pw"), Scripts.Options(clock)))
        {
            await using var session = driver.Session();
            Assert.Equal("written", await session.WriteOneAsync());
        }

        await router.AssertScriptsCompletedAsync();
        await writer.AssertScriptsCompletedAsync();
        Assert.Equal(2, router.ConnectionCount);
        Assert.Equal([1.0], clock.Delays.Select(d => d.TotalSeconds));
    }

    [Fact]
    public async Task TokenExpired_is_not_retried_and_its_connection_is_not_reused()
    {
        var clock = new FakeTimeProvider();
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Init().TxFailure(ErrorCodes.TokenExpired, "Token expired."));
        server.OnConnection(s => s.Init().TxQuery("new token").Commit());
        await using (var driver = Scripts.Driver(server, Scripts.Options(clock)))
        {
            await using var session = driver.Session();
            var error = await Assert.ThrowsAsync<AuthenticationException>(() => session.WriteOneAsync());
            Assert.Equal(ErrorCodes.TokenExpired, error.Code);
            Assert.False(error.IsRetriable);
            Assert.Equal("new token", await session.WriteOneAsync());
        }

        await server.AssertScriptsCompletedAsync();
        Assert.Empty(clock.Delays);
        Assert.Equal(2, server.ConnectionCount);
    }
}
