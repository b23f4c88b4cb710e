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

    /// <summary>The clock used for retry delays and routing-table expiry (replace in tests).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Source of uniform random numbers in [0, 1) for retry jitter (replace in tests).</summary>
    public Func<double> RandomSource { get; init; } = Random.Shared.NextDouble;

    /// <summary>When true, TELEMETRY messages are never sent even if the server asks for them.</summary>
    public bool TelemetryDisabled { get; init; }
}
