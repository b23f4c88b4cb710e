using Graph.Bolt.Connection;

namespace Graph.Bolt.Protocol;

/// <summary>What every new connection needs to open and authenticate.</summary>
internal sealed record ConnectionSettings(
    AuthToken Auth,
    string UserAgent,
    EncryptionMode Encryption,
    TimeSpan ConnectTimeout,
    IReadOnlyDictionary<string, object?>? RoutingContext,
    bool TelemetryDisabled,
    bool SocketKeepAlive = true);
