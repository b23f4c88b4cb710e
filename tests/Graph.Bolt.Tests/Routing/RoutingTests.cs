using Graph.Bolt.Connection;
using Graph.Bolt.Routing;
using Graph.Bolt.Testing;

namespace Graph.Bolt.Tests.Routing;

public sealed class RoutingTests
{
    private static Dictionary<string, object?> Table(long ttl, string[] routers, string[] readers, string[] writers, string db = "neo4j") => new()
    {
        ["rt"] = new Dictionary<string, object?>
        {
            ["ttl"] = ttl,
            ["db"] = db,
            ["servers"] = new object?[]
            {
                new Dictionary<string, object?> { ["addresses"] = routers, ["role"] = "ROUTE" },
                new Dictionary<string, object?> { ["addresses"] = readers, ["role"] = "READ" },
                new Dictionary<string, object?> { ["addresses"] = writers, ["role"] = "WRITE" },
            },
        },
    };

    private static BoltDriver RoutingDriver(FakeBoltServer router, FakeTimeProvider clock) =>
        BoltDriver.Create($"neo4j://{router.Address}?region=eu", AuthTokens.Basic("neo4j", "pw"), Scripts.Options(clock));

    [Fact]
    public async Task Writes_go_to_writers_reads_to_readers_and_the_table_is_refreshed_after_its_ttl()
    {
        var clock = new FakeTimeProvider();
        await using var router = FakeBoltServer.Start();
        await using var writer = FakeBoltServer.Start();
        await using var reader = FakeBoltServer.Start();
        var table = Table(10, [router.Address], [reader.Address], [writer.Address]);
        router.OnConnection(s => s
            .Init()
            .Expect("ROUTE", route =>
            {
                Assert.Equal(new Dictionary<string, object?> { ["address"] = router.Address, ["region"] = "eu" }, route.Map(0));
                Assert.Equal(new Dictionary<string, object?>(), route.Map(2));
            })
            .Success(table)
            .Expect("ROUTE").Success(table));
        writer.OnConnection(s => s.Init().TxQuery("w1").Commit("bm:w1").TxQuery("w2").Commit("bm:w2"));
        reader.OnConnection(s => s.Init().TxQuery("r1", begin => Assert.Equal("r", begin.Extra["mode"])).Commit());

        await using (var driver = RoutingDriver(router, clock))
        {
            await using var session = driver.Session();
            Assert.Equal("w1", await session.WriteOneAsync());
            Assert.Equal("r1", await session.ExecuteReadAsync(async tx => (await tx.RunAsync("RETURN 1 AS x")).Records[0][0]));
            clock.Advance(TimeSpan.FromSeconds(11));
            Assert.Equal("w2", await session.WriteOneAsync());
        }

        await router.AssertScriptsCompletedAsync();
        await writer.AssertScriptsCompletedAsync();
        await reader.AssertScriptsCompletedAsync();
        var hello = writer.Received[0].Message;
        Assert.Equal(router.Address, ((IReadOnlyDictionary<string, object?>)hello.Extra["routing"]!)["address"]);
    }

    [Fact]
    public async Task NotALeader_drops_the_writer_refreshes_the_table_and_retries_on_the_new_leader()
    {
        var clock = new FakeTimeProvider();
        await using var router = FakeBoltServer.Start();
        await using var oldLeader = FakeBoltServer.Start();
        await using var newLeader = FakeBoltServer.Start();
        router.OnConnection(s => s.Init()
            .Expect("ROUTE").Success(Table(300, [router.Address], [router.Address], [oldLeader.Address]))
            .Expect("ROUTE").Success(Table(300, [router.Address], [router.Address], [newLeader.Address])));
        oldLeader.OnConnection(s => s.Init().TxFailure("Neo.ClientError.Cluster.NotALeader", "No write operations are allowed"));
        newLeader.OnConnection(s => s.Init().TxQuery("written").Commit());

        await using (var driver = RoutingDriver(router, clock))
        {
            await using var session = driver.Session(new SessionOptions { Database = "neo4j" });
            Assert.Equal("written", await session.WriteOneAsync());
            var current = ((RoutingConnectionProvider)driver.Provider).TableFor("neo4j")!;
            Assert.Equal([ServerAddress.Parse(newLeader.Address)], current.Writers);
        }

        await router.AssertScriptsCompletedAsync();
        await oldLeader.AssertScriptsCompletedAsync();
        await newLeader.AssertScriptsCompletedAsync();
        Assert.Equal([1.0], clock.Delays.Select(d => d.TotalSeconds));
        var route = router.Received.Last(r => r.Message.Name == "ROUTE").Message;
        Assert.Equal("neo4j", route.Map(2)["db"]);
    }

    [Fact]
    public async Task The_home_database_table_is_cached_under_its_resolved_name_and_each_database_keeps_its_own_ttl()
    {
        var clock = new FakeTimeProvider();
        await using var router = FakeBoltServer.Start();
        await using var writer = FakeBoltServer.Start();
        router.OnConnection(s => s.Init()
            .Expect("ROUTE", route => Assert.Empty(route.Map(2)))
            .Success(Table(300, [router.Address], [router.Address], [writer.Address], "neo4j"))
            .Expect("ROUTE", route => Assert.Equal("other", route.Map(2)["db"]))
            .Success(Table(10, [router.Address], [router.Address], [writer.Address], "other"))
            .Expect("ROUTE", route => Assert.Equal("other", route.Map(2)["db"]))
            .Success(Table(10, [router.Address], [router.Address], [writer.Address], "other")));
        writer.OnConnection(s => s.Init()
            .TxQuery("home").Commit().TxQuery("named").Commit()
            .TxQuery("other").Commit().TxQuery("other again").Commit()
            .TxQuery("named again").Commit());

        await using (var driver = RoutingDriver(router, clock))
        {
            await using var home = driver.Session();
            await using var named = driver.Session(new SessionOptions { Database = "neo4j" });
            await using var other = driver.Session(new SessionOptions { Database = "other" });
            Assert.Equal("home", await home.WriteOneAsync());
            Assert.Equal("named", await named.WriteOneAsync());
            Assert.Equal("other", await other.WriteOneAsync());
            clock.Advance(TimeSpan.FromSeconds(11));
            Assert.Equal("other again", await other.WriteOneAsync());
            Assert.Equal("named again", await named.WriteOneAsync());
            var provider = (RoutingConnectionProvider)driver.Provider;
            Assert.Same(provider.TableFor(null), provider.TableFor("neo4j"));
            Assert.Equal("other", provider.TableFor("other")!.Database);
        }

        await router.AssertScriptsCompletedAsync();
        await writer.AssertScriptsCompletedAsync();
        Assert.Equal(3, router.ReceivedNames.Count(n => n == "ROUTE"));
    }

    [Fact]
    public async Task NotALeader_under_the_database_name_also_drops_the_writer_from_the_home_database_entry()
    {
        var clock = new FakeTimeProvider();
        await using var router = FakeBoltServer.Start();
        await using var oldLeader = FakeBoltServer.Start();
        await using var newLeader = FakeBoltServer.Start();
        router.OnConnection(s => s.Init()
            .Expect("ROUTE", route => Assert.Empty(route.Map(2)))
            .Success(Table(300, [router.Address], [router.Address], [oldLeader.Address]))
            .Expect("ROUTE", route => Assert.Equal("neo4j", route.Map(2)["db"]))
            .Success(Table(300, [router.Address], [router.Address], [newLeader.Address]))
            .Expect("ROUTE", route => Assert.Empty(route.Map(2)))
            .Success(Table(300, [router.Address], [router.Address], [newLeader.Address])));
        oldLeader.OnConnection(s => s.Init().TxQuery("home").Commit().TxFailure(ErrorCodes.NotALeader, "No write operations are allowed"));
        newLeader.OnConnection(s => s.Init().TxQuery("named").Commit().TxQuery("home again").Commit());

        await using (var driver = RoutingDriver(router, clock))
        {
            await using var home = driver.Session();
            await using var named = driver.Session(new SessionOptions { Database = "neo4j" });
            Assert.Equal("home", await home.WriteOneAsync());
            Assert.Equal("named", await named.WriteOneAsync());
            Assert.Equal("home again", await home.WriteOneAsync());
        }

        await router.AssertScriptsCompletedAsync();
        await oldLeader.AssertScriptsCompletedAsync();
        await newLeader.AssertScriptsCompletedAsync();
        // The named session reached the old leader through the home database's table.
        Assert.Equal("neo4j", oldLeader.Received.Last(r => r.Message.Name == "BEGIN").Message.Extra["db"]);
    }

    [Fact]
    public async Task A_server_that_cannot_be_reached_is_forgotten()
    {
        var clock = new FakeTimeProvider();
        await using var router = FakeBoltServer.Start();
        await using var reader = FakeBoltServer.Start();
        string dead;
        using (var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            listener.Start();
            dead = $"127.0.0.1:{((System.Net.IPEndPoint)listener.LocalEndpoint).Port}";
        }

        router.OnConnection(s => s.Init().Expect("ROUTE").Success(Table(300, [router.Address], [dead, reader.Address], [router.Address])));
        reader.OnConnection(s => s.Init().TxQuery(1L).Commit().TxQuery(2L).Commit());
        await using (var driver = RoutingDriver(router, clock))
        {
            await using var session = driver.Session();
            for (int i = 1; i <= 2; i++)
            {
                Assert.Equal((long)i, await session.ExecuteReadAsync(async tx => (await tx.RunAsync("RETURN 1 AS x")).Records[0][0]));
            }

            var table = ((RoutingConnectionProvider)driver.Provider).TableFor(null)!;
            Assert.Equal([ServerAddress.Parse(reader.Address)], table.Readers);
        }

        await router.AssertScriptsCompletedAsync();
        await reader.AssertScriptsCompletedAsync();
        Assert.Empty(clock.Delays);
    }

    [Fact]
    public void Routing_table_parses_roles_and_ttl()
    {
        var now = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var table = RoutingTable.Parse(Table(60, ["a:1", "b:2"], ["c:3"], ["d:4"]), null, now);
        Assert.Equal("neo4j", table.Database);
        Assert.Equal([new ServerAddress("a", 1), new ServerAddress("b", 2)], table.Routers);
        Assert.Equal(now.AddSeconds(60), table.ExpiresAt);
        Assert.False(table.IsStale(AccessMode.Write, now.AddSeconds(59)));
        Assert.True(table.IsStale(AccessMode.Write, now.AddSeconds(60)));
        Assert.True(table.WithoutWriter(new ServerAddress("d", 4)).IsStale(AccessMode.Write, now));
        Assert.False(table.WithoutWriter(new ServerAddress("d", 4)).IsStale(AccessMode.Read, now));
    }
}
