namespace Graph.Bolt;

/// <summary>Driver-wide settings. Defaults match the official Neo4j drivers.</summary>
public sealed record BoltDriverOptions
{
    /// <summary>The <c>user_agent</c> sent in HELLO.</summary>
    public string UserAgent { get; init; } = "graph-bolt/" + typeof(BoltDriverOptions).Assembly.GetName().Version?.ToString(3);

    /// <summary>Most connections kept open per server.</summary>
    public int MaxConnectionPoolSize { get; init; } = 100;

    /// <summary>Time allowed to open a socket, set up TLS and complete the handshake.</summary>
    public TimeSpan ConnectionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Time to wait for a free pooled connection when the pool is full.</summary>
    public TimeSpan ConnectionAcquisitionTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Pooled connections idle at least this long are checked with a RESET round trip before they are handed out;
    /// dead ones are closed and replaced transparently. Null (the default, as in the official drivers) skips the
    /// round trip; closed sockets are still detected on every acquisition by a non-blocking poll, and connections
    /// idle longer than the server's <c>connection.recv_timeout_seconds</c> hint are always replaced.
    /// Set it (e.g. a few minutes) when a firewall or load balancer may silently drop idle connections.
    /// </summary>
    public TimeSpan? ConnectionLivenessCheckTimeout { get; init; }

    /// <summary>Pooled connections older than this are closed instead of reused (null = no limit). Default 1 hour.</summary>
    public TimeSpan? MaxConnectionLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Enables TCP keep-alive on every socket (default true, as in the official drivers).</summary>
    public bool SocketKeepAlive { get; init; } = true;

    /// <summary>Records fetched per PULL unless a session says otherwise (-1 = all).</summary>
    public int FetchSize { get; init; } = 1000;

    /// <summary>Managed transactions stop retrying once this much time has passed since the first failure.</summary>
    public TimeSpan MaxTransactionRetryTime { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The first retry delay.</summary>
    public TimeSpan InitialRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Factor applied to the delay after each retry.</summary>
    public double RetryDelayMultiplier { get; init; } = 2.0;

    /// <summary>Relative jitter: each delay is drawn uniformly from d·(1−j) … d·(1+j).</summary>
    public double RetryDelayJitter { get; init; } = 0.2;

    /// <summary>The clock used for retry delays, routing-table expiry and connection ages (replace in tests).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Source of uniform random numbers in [0, 1) for retry jitter (replace in tests).</summary>
    public Func<double> RandomSource { get; init; } = Random.Shared.NextDouble;

    /// <summary>When true, TELEMETRY messages are never sent even if the server asks for them.</summary>
    public bool TelemetryDisabled { get; init; }
}
