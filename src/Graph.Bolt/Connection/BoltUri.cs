namespace Graph.Bolt.Connection;

/// <summary>A parsed driver URI: scheme flags, seed address and routing context.</summary>
internal sealed record BoltUri(bool Routing, EncryptionMode Encryption, ServerAddress Address, IReadOnlyDictionary<string, object?> RoutingContext)
{
    public static BoltUri Parse(string uri)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uri);
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
        {
            throw new ArgumentException($"Not a valid URI: '{uri}'.", nameof(uri));
        }

        (bool routing, EncryptionMode encryption) = parsed.Scheme.ToLowerInvariant() switch
        {
            "bolt" => (false, EncryptionMode.None),
            "bolt+s" => (false, EncryptionMode.Validate),
            "bolt+ssc" => (false, EncryptionMode.TrustAll),
            "neo4j" => (true, EncryptionMode.None),
            "neo4j+s" => (true, EncryptionMode.Validate),
            "neo4j+ssc" => (true, EncryptionMode.TrustAll),
            _ => throw new ArgumentException(
                $"Unsupported URI scheme '{parsed.Scheme}': use bolt, bolt+s, bolt+ssc, neo4j, neo4j+s or neo4j+ssc.", nameof(uri)),
        };
        string host = parsed.Host.Trim('[', ']');
        var address = new ServerAddress(host, parsed.IsDefaultPort || parsed.Port < 0 ? ServerAddress.DefaultPort : parsed.Port);
        var context = new Dictionary<string, object?>(StringComparer.Ordinal) { ["address"] = address.ToString() };
        string query = parsed.Query.TrimStart('?');
        if (query.Length > 0)
        {
            if (!routing)
            {
                throw new ArgumentException("Routing context (query parameters) is only allowed with neo4j:// URIs.", nameof(uri));
            }

            foreach (string pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                int eq = pair.IndexOf('=', StringComparison.Ordinal);
                string key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
                string value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..]);
                if (key == "address" || !context.TryAdd(key, value))
                {
                    throw new ArgumentException($"Duplicate or reserved routing context key '{key}'.", nameof(uri));
                }
            }
        }

        return new BoltUri(routing, encryption, address, context);
    }
}
