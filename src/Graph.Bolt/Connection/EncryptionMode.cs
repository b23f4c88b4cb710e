namespace Graph.Bolt.Connection;

/// <summary>TLS use, from the URI scheme.</summary>
internal enum EncryptionMode
{
    /// <summary>Plain TCP (<c>bolt://</c>, <c>neo4j://</c>).</summary>
    None,

    /// <summary>TLS with full certificate validation (<c>+s</c>).</summary>
    Validate,

    /// <summary>TLS accepting any certificate, including self-signed (<c>+ssc</c>).</summary>
    TrustAll,
}
