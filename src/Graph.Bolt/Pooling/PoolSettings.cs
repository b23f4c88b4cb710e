namespace Graph.Bolt.Pooling;

/// <summary>How pools size themselves and judge idle connections.</summary>
/// <param name="MaxSize">Most connections per server, in use or idle.</param>
/// <param name="AcquisitionTimeout">Time to wait for a free slot.</param>
/// <param name="LivenessCheckTimeout">Idle connections idle at least this long are checked with RESET before reuse; null = never.</param>
/// <param name="MaxConnectionLifetime">Connections older than this are closed instead of reused; null = no limit.</param>
/// <param name="ResetTimeout">Time a liveness RESET may take before the connection counts as dead.</param>
/// <param name="Time">The clock for ages and idle times.</param>
internal sealed record PoolSettings(
    int MaxSize,
    TimeSpan AcquisitionTimeout,
    TimeSpan? LivenessCheckTimeout,
    TimeSpan? MaxConnectionLifetime,
    TimeSpan ResetTimeout,
    TimeProvider Time);
