using Graph.Bolt.Testing;

namespace Graph.Bolt.Tests.Retry;

public sealed class RetryTests
{
    private const string Deadlock = "Neo.TransientError.Transaction.DeadlockDetected";

    [Fact]
    public async Task Transient_errors_are_retried_with_exponential_backoff_until_30_seconds_pass()
    {
        var clock = new FakeTimeProvider();
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s =>
        {
            s.Init();
            for (int i = 0; i < 6; i++)
            {
                s.TxFailure(Deadlock);
            }
        });
        await using (var driver = Scripts.Driver(server, Scripts.Options(clock)))
        {
            await using var session = driver.Session();
            var error = await Assert.ThrowsAsync<TransientException>(() => session.WriteOneAsync());
            Assert.Equal(Deadlock, error.Code);
        }

        await server.AssertScriptsCompletedAsync();
        // Failures at t = 0, 1, 3, 7, 15, 31 s: the sixth comes after more than 30 s, so it is final.
        Assert.Equal([1, 2, 4, 8, 16], clock.Delays.Select(d => d.TotalSeconds));
        Assert.Equal(6, server.ReceivedNames.Count(n => n == "BEGIN"));
    }

    [Theory]
    [InlineData(0.0, new[] { 0.8, 1.6, 3.2, 6.4, 12.8, 25.6 })]
    [InlineData(0.999999, new[] { 1.2, 2.4, 4.8, 9.6, 19.2 })]
    public async Task Jitter_spreads_each_delay_by_twenty_percent(double random, double[] expected)
    {
        var clock = new FakeTimeProvider();
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s =>
        {
            s.Init();
            for (int i = 0; i <= expected.Length; i++)
            {
                s.TxFailure("Neo.TransientError.General.DatabaseUnavailable");
            }
        });
        await using (var driver = Scripts.Driver(server, Scripts.Options(clock, random)))
        {
            await using var session = driver.Session();
            await Assert.ThrowsAsync<TransientException>(() => session.WriteOneAsync());
        }

        await server.AssertScriptsCompletedAsync();
        Assert.Equal(expected, clock.Delays.Select(d => Math.Round(d.TotalSeconds, 2)));
    }

    [Fact]
    public async Task A_retried_transaction_returns_the_successful_attempts_result()
    {
        var clock = new FakeTimeProvider();
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Init().TxFailure(Deadlock).TxFailure(Deadlock).TxQuery("third time").Commit());
        int attempts = 0;
        await using (var driver = Scripts.Driver(server, Scripts.Options(clock)))
        {
            await using var session = driver.Session();
            object? value = await session.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                return (await tx.RunAsync("RETURN 1 AS x")).Records[0][0];
            });
            Assert.Equal("third time", value);
        }

        await server.AssertScriptsCompletedAsync();
        Assert.Equal(3, attempts);
        Assert.Equal([1, 2], clock.Delays.Select(d => d.TotalSeconds));
    }

    [Theory]
    [InlineData("Neo.ClientError.Statement.SyntaxError")]
    [InlineData("Neo.ClientError.Schema.ConstraintValidationFailed")]
    [InlineData("Neo.DatabaseError.General.UnknownError")]
    [InlineData("Neo.TransientError.Transaction.Terminated")]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped")]
    [InlineData("Neo.ClientError.Transaction.Terminated")]
    public async Task Errors_the_official_drivers_do_not_retry_fail_at_once(string code)
    {
        var clock = new FakeTimeProvider();
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Init().TxFailure(code));
        await using (var driver = Scripts.Driver(server, Scripts.Options(clock)))
        {
            await using var session = driver.Session();
            var error = await Assert.ThrowsAnyAsync<Neo4jException>(() => session.WriteOneAsync());
            Assert.False(error.IsRetriable);
            Assert.EndsWith(code.Split('.')[^1], error.Code, StringComparison.Ordinal);
            Assert.IsNotType<TransientException>(error);
        }

        await server.AssertScriptsCompletedAsync();
        Assert.Empty(clock.Delays);
    }

    [Fact]
    public async Task Connection_lost_before_commit_is_retried_on_a_new_connection()
    {
        var clock = new FakeTimeProvider();
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Init().Expect("BEGIN").Expect("RUN").Expect("PULL").Success().Close());
        server.OnConnection(s => s.Init().TxQuery("second connection").Commit());
        await using (var driver = Scripts.Driver(server, Scripts.Options(clock)))
        {
            await using var session = driver.Session();
            Assert.Equal("second connection", await session.WriteOneAsync());
        }

        await server.AssertScriptsCompletedAsync();
        Assert.Equal(2, server.ConnectionCount);
        Assert.Equal([1.0], clock.Delays.Select(d => d.TotalSeconds));
    }

    [Fact]
    public async Task Connection_lost_during_commit_is_never_retried()
    {
        var clock = new FakeTimeProvider();
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Init().TxQuery(1L).Expect("COMMIT").Close());
        await using (var driver = Scripts.Driver(server, Scripts.Options(clock)))
        {
            await using var session = driver.Session();
            var error = await Assert.ThrowsAsync<IncompleteCommitException>(() => session.WriteOneAsync());
            Assert.False(error.IsRetriable);
            Assert.IsType<ServiceUnavailableException>(error.InnerException);
        }

        await server.AssertScriptsCompletedAsync();
        Assert.Equal(1, server.ConnectionCount);
        Assert.Empty(clock.Delays);
    }

    [Fact]
    public async Task Auto_commit_queries_are_never_retried_and_a_mid_stream_drop_is_reported()
    {
        var clock = new FakeTimeProvider();
        await using var server = FakeBoltServer.Start();
        server.OnConnection(s => s.Init().Expect("RUN").Expect("PULL")
            .Success(new Dictionary<string, object?> { ["fields"] = new[] { "x" } }).Record(1L).Record(2L).Close());
        await using (var driver = Scripts.Driver(server, Scripts.Options(clock)))
        {
            await using var session = driver.Session();
            var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => session.RunAsync("UNWIND range(1, 10) AS x RETURN x"));
            Assert.Contains("lost", error.Message, StringComparison.Ordinal);
        }

        await server.AssertScriptsCompletedAsync();
        Assert.Equal(1, server.ConnectionCount);
        Assert.Empty(clock.Delays);
    }
}
