using Graph.Bolt.Pooling;
using Graph.Bolt.Retry;

namespace Graph.Bolt;

/// <summary>What sessions share with their driver.</summary>
internal sealed record DriverContext(IConnectionProvider Provider, RetryPolicy Retry, BoltDriverOptions Options);
