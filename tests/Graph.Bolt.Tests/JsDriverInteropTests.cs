using System.Text.Json;
using Graph.Bolt.Testing;
using Graph.Testing;

namespace Graph.Bolt.Tests;

/// <summary>
/// Runs Neo4j's official JavaScript driver against the fake server: proof that the server (and so our PackStream
/// encoder, which it uses for temporal and spatial values) speaks what Neo4j's own driver expects.
/// </summary>
public sealed class JsDriverInteropTests
{
    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value);

    [SkippableFact]
    public async Task The_official_JavaScript_driver_decodes_every_structure_the_server_sends()
    {
        // The official driver is the check independent of this client's own encoding: where it must run, it never skips.
        Assert.False(NodeTool.IsRequired && !NodeTool.IsInstalled, "tests/js/node_modules is missing although GRAPH_REQUIRE_NODE_TOOLS=1");
        Skip.IfNot(NodeTool.IsInstalled, "tests/js/node_modules is missing: run tests/run.sh (npm ci) first.");
        await using var server = FakeBoltServer.Start();
        var n1 = new RawStruct((byte)'N', 1L, new[] { "Person" }, Map(("name", "Ann"), ("age", 42L)), "4:db:1");
        var n2 = new RawStruct((byte)'N', 2L, new[] { "Person", "Author" }, Map(("name", "Bo")), "4:db:2");
        var rel = new RawStruct((byte)'R', 5L, 1L, 2L, "KNOWS", Map(("since", 2020L)), "5:db:5", "4:db:1", "4:db:2");
        var unbound = new RawStruct((byte)'r', 6L, "WROTE", Map(), "5:db:6");
        // Path n1 <-[:WROTE]- n2: index -1 means the relationship runs against the path's direction.
        var path = new RawStruct((byte)'P', new object?[] { n1, n2 }, new object?[] { unbound }, new object?[] { -1L, 1L });
        string[] keys =
        [
            "node", "rel", "path", "date", "time", "localTime", "dateTime", "zoned", "localDateTime", "duration", "point2d",
            "point3d", "scalars",
        ];
        object?[] values =
        [
            n1, rel, path,
            new BoltDate(19000),
            new BoltTime(3_723_000_000_042, 3600),
            new BoltLocalTime(3_723_000_000_042),
            new BoltDateTime(4500, 42, 3600),
            new BoltZonedDateTime(4500, 42, "Europe/Berlin"),
            new BoltLocalDateTime(4500, 42),
            new BoltDuration(14, 3, 59, 1),
            new BoltPoint(7203, 1.5, -2.0),
            new BoltPoint(4979, 13.4, 52.5, 34.0),
            new object?[] { 1L << 40, -17L, 2.5, "Grüße 🌍", new byte[] { 0, 255 }, true, null, Map(("k", new object?[] { 1L })) },
        ];
        server.OnConnection(s => s.SupportVersions("5.8", "5.4", "5.0", "4.4")
            .Init()
            .Expect("RUN", run => Assert.Equal("RETURN everything", run.Query))
            .Expect("PULL")
            .Success(new Dictionary<string, object?> { ["fields"] = keys })
            .Record(values)
            .Success(new Dictionary<string, object?> { ["type"] = "r", ["stats"] = Map(("nodes-created", 3L)) }));

        var run = await Task.Run(() => NodeTool.Run("bolt-values.mjs", [$"bolt://{server.Address}", "RETURN everything"]));
        Assert.True(run.ExitCode == 0, run.StdOut + run.StdErr);
        await server.AssertScriptsCompletedAsync();
        Assert.Equal("js-password", server.Received.First(r => r.Message.Name == "LOGON").Message.Extra["credentials"]);

        using var json = JsonDocument.Parse(run.StdOut);
        var root = json.RootElement;
        Assert.Equal("5.8", root.GetProperty("protocolVersion").GetString());
        Assert.Equal(3, root.GetProperty("counters").GetProperty("nodesCreated").GetInt32());
        var row = root.GetProperty("rows")[0];
        string Text(string key, params string[] path)
        {
            var element = row.GetProperty(key);
            foreach (string step in path)
            {
                element = step.All(char.IsDigit) ? element[int.Parse(step)] : element.GetProperty(step);
            }

            return element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
        }

        Assert.Equal("4:db:1", Text("node", "node", "elementId"));
        Assert.Equal("1", Text("node", "node", "id"));
        Assert.Equal("[\"Person\"]", Text("node", "node", "labels"));
        Assert.Equal("42", Text("node", "node", "props", "age", "int"));
        Assert.Equal("KNOWS", Text("rel", "rel", "type"));
        Assert.Equal("4:db:2", Text("rel", "rel", "endNodeElementId"));
        Assert.Equal("2020", Text("rel", "rel", "props", "since", "int"));
        Assert.Equal("4:db:1", Text("path", "path", "start"));
        Assert.Equal("4:db:2", Text("path", "path", "end"));
        Assert.Equal("[[\"4:db:1\",\"5:db:6\",\"4:db:2\",\"4:db:2\"]]", Text("path", "path", "segments"));
        Assert.Equal("2022-01-08", Text("date", "date"));
        Assert.Equal("01:02:03.000000042+01:00", Text("time", "time"));
        Assert.Equal("01:02:03.000000042", Text("localTime", "localTime"));
        Assert.Equal("3600", Text("dateTime", "dateTime", "offset"));
        Assert.Equal("4500000", Text("dateTime", "dateTime", "epochMillis"));
        Assert.Equal("42", Text("dateTime", "dateTime", "nanosecond"));
        Assert.StartsWith("1970-01-01T02:15:00.000000042+01:00", Text("dateTime", "dateTime", "text"), StringComparison.Ordinal);
        Assert.Equal("Europe/Berlin", Text("zoned", "dateTime", "zone"));
        Assert.Equal("4500000", Text("zoned", "dateTime", "epochMillis"));
        Assert.Equal("1970-01-01T01:15:00.000000042", Text("localDateTime", "localDateTime"));
        Assert.Equal("{\"months\":\"14\",\"days\":\"3\",\"seconds\":\"59\",\"nanoseconds\":\"1\"}", Text("duration", "duration"));
        Assert.Equal("{\"srid\":7203,\"x\":1.5,\"y\":-2,\"z\":null}", Text("point2d", "point"));
        Assert.Equal("{\"srid\":4979,\"x\":13.4,\"y\":52.5,\"z\":34}", Text("point3d", "point"));
        Assert.Equal("1099511627776", Text("scalars", "0", "int"));
        Assert.Equal("-17", Text("scalars", "1", "int"));
        Assert.Equal("2.5", Text("scalars", "2", "float"));
        Assert.Equal("Grüße 🌍", Text("scalars", "3"));
        Assert.Equal("[0,255]", Text("scalars", "4", "bytes"));
        Assert.Equal("true", Text("scalars", "5"));
        Assert.Equal("null", Text("scalars", "6"));
        Assert.Equal("1", Text("scalars", "7", "k", "0", "int"));
    }
}
