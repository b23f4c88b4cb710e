using Graph.Bolt.Testing;

namespace Graph.Bolt.Tests.Protocol;

/// <summary>The server's <c>connection.recv_timeout_seconds</c> hint bounds how long the client waits in silence.</summary>
public sealed class RecvTimeoutTests
{
    private static readonly Dictionary<string, object?> OneSecond = new() { ["connection.recv_timeout_seconds"] = 1L };
    private static readonly Dictionary<string, object?> TwoSeconds = new() { ["connection.recv_timeout_seconds"] = 2L };

    [Fact]
    public async Task A_server_silent_longer_than_its_hint_is_treated_as_gone_and_the_transaction_retried()
    {
        var clock = new FakeTimeProvider();
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Init(OneSecond).Expect("BEGIN").Expect("RUN").Expect("PULL")
            .Do(_ => Task.Delay(TimeSpan.FromSeconds(2.5))));
        server.OnConnection(s => s.Init(OneSecond).TxQuery("second connection").Commit());
        await using (var driver = Scripts.Driver(server, Scripts.Options(clock)))
        {
            await using var session = driver.Session();
            Assert.Equal("second connection", await session.WriteOneAsync().WaitAsync(TimeSpan.FromSeconds(20)));
        }

        await server.AssertScriptsCompletedAsync();
        Assert.Equal(2, server.ConnectionCount);
        Assert.Equal([1.0], clock.Delays.Select(d => d.TotalSeconds));
    }

    [Fact]
    public async Task NOOP_chunks_keep_a_long_running_request_alive()
    {
        // Four times the hint in all, a NOOP every quarter of it: a busy test machine may delay one by far more than
        // the interval and the request must still live.
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Init(TwoSeconds).Expect("BEGIN").Expect("RUN").Expect("PULL")
            .Do(async context =>
            {
                for (int i = 0; i < 16; i++)
                {
                    context.SendRaw([0, 0]);
                    await context.FlushAsync();
                    await Task.Delay(500);
                }
            })
            .Success()
            .Success(new Dictionary<string, object?> { ["fields"] = new[] { "x" } })
            .Record("slow")
            .Success(new Dictionary<string, object?> { ["type"] = "r" })
            .Commit());
        await using (var driver = Scripts.Driver(server))
        {
            await using var session = driver.Session();
            Assert.Equal("slow", await session.WriteOneAsync().WaitAsync(TimeSpan.FromSeconds(20)));
        }

        await server.AssertScriptsCompletedAsync();
        Assert.Equal(1, server.ConnectionCount);
    }
}
