using Graph.Bolt.Connection;

namespace Graph.Bolt.Routing;

/// <summary>The cluster members serving one database, as returned by ROUTE, valid until <see cref="ExpiresAt"/>.</summary>
internal sealed record RoutingTable(
    string? Database,
    IReadOnlyList<ServerAddress> Routers,
    IReadOnlyList<ServerAddress> Readers,
    IReadOnlyList<ServerAddress> Writers,
    DateTimeOffset ExpiresAt)
{
    /// <summary>True when the table must be fetched again before serving <paramref name="mode"/>.</summary>
    public bool IsStale(AccessMode mode, DateTimeOffset now) =>
        now >= ExpiresAt || Routers.Count == 0 || (mode == AccessMode.Read ? Readers.Count == 0 : Writers.Count == 0);

    /// <summary>The table without <paramref name="address"/> in any role.</summary>
    public RoutingTable Without(ServerAddress address) => this with
    {
        Routers = Routers.Where(a => a != address).ToArray(),
        Readers = Readers.Where(a => a != address).ToArray(),
        Writers = Writers.Where(a => a != address).ToArray(),
    };

    /// <summary>The table without <paramref name="address"/> as a writer.</summary>
    public RoutingTable WithoutWriter(ServerAddress address) => this with { Writers = Writers.Where(a => a != address).ToArray() };

    /// <summary>Reads the <c>rt</c> entry of a ROUTE SUCCESS.</summary>
    public static RoutingTable Parse(IReadOnlyDictionary<string, object?> metadata, string? requestedDatabase, DateTimeOffset now)
    {
        if (!metadata.TryGetValue("rt", out object? rtValue) || rtValue is not IReadOnlyDictionary<string, object?> rt)
        {
            throw new ProtocolException(ErrorCodes.Protocol, "The ROUTE answer has no routing table (rt).");
        }

        long ttl = rt.TryGetValue("ttl", out object? t) && t is long seconds ? seconds : 300;
        string? database = rt.TryGetValue("db", out object? db) && db is string name ? name : requestedDatabase;
        var routers = new List<ServerAddress>();
        var readers = new List<ServerAddress>();
        var writers = new List<ServerAddress>();
        if (rt.TryGetValue("servers", out object? serversValue) && serversValue is IReadOnlyList<object?> servers)
        {
            foreach (var server in servers.OfType<IReadOnlyDictionary<string, object?>>())
            {
                string? role = server.TryGetValue("role", out object? r) ? r as string : null;
                var target = role switch
                {
                    "ROUTE" => routers,
                    "READ" => readers,
                    "WRITE" => writers,
                    _ => null,
                };
                if (target is not null && server.TryGetValue("addresses", out object? a) && a is IReadOnlyList<object?> addresses)
                {
                    target.AddRange(addresses.OfType<string>().Select(ServerAddress.Parse));
                }
            }
        }

        // Cap the TTL so an absurd value cannot overflow the clock.
        var expires = now + TimeSpan.FromSeconds(Math.Clamp(ttl, 0, 60L * 60 * 24 * 365));
        return new RoutingTable(database, routers, readers, writers, expires);
    }
}
