using Graph.Bolt;
using Graph.Model;

namespace Graph.Neo4j.Tests.Support;

/// <summary>
/// The Neo4j server named by <c>NEO4J_URI</c> (with <c>NEO4J_USERNAME</c>, <c>NEO4J_PASSWORD</c> and
/// optionally <c>NEO4J_DATABASE</c>), e.g. the repository's docker compose service.
/// </summary>
public static class LiveNeo4j
{
    /// <summary>Why live tests are skipped.</summary>
    public const string SkipReason = "NEO4J_URI not set";

    /// <summary>The server's URI, or null.</summary>
    public static string? Uri => Environment.GetEnvironmentVariable("NEO4J_URI") is { Length: > 0 } uri ? uri : null;

    /// <summary>The database to use (null: home database).</summary>
    public static string? Database => Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } db ? db : null;

    /// <summary>A driver for the server.</summary>
    public static BoltDriver CreateDriver() => BoltDriver.Create(
        Uri ?? throw new InvalidOperationException(SkipReason),
        AuthTokens.Basic(
            Environment.GetEnvironmentVariable("NEO4J_USERNAME") ?? "neo4j",
            Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? ""));

    /// <summary>Runs a read query and returns its records.</summary>
    public static async Task<IReadOnlyList<BoltRecord>> ReadAsync(BoltDriver driver, string query, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        await using var session = driver.Session(new SessionOptions { Database = Database });
        var result = await session.ExecuteReadAsync(tx => tx.RunAsync(query, parameters ?? new Dictionary<string, object?>()));
        return result.Records;
    }

    /// <summary>Deletes the nodes (and their relationships) of <paramref name="source"/>, leaving other data alone.</summary>
    public static async Task DeleteAsync(BoltDriver driver, IGraphSource source)
    {
        (string Label, string[] Ids)[] groups =
        [
            ("Article", source.Articles().Select(a => a.Id).ToArray()),
            ("Entity", source.Entities().Select(e => e.Id).ToArray()),
            ("Event", source.Relations().SelectMany(r => r.Evidence.Select(r.EventId)).ToArray()),
        ];
        await using var session = driver.Session(new SessionOptions { Database = Database });
        foreach (var (label, ids) in groups)
        {
            await session.ExecuteWriteAsync(tx => tx.RunAsync(
                $"UNWIND $ids AS id MATCH (n:{label} {{id: id}}) DETACH DELETE n",
                new Dictionary<string, object?> { ["ids"] = ids }));
        }
    }
}
