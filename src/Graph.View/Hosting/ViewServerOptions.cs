namespace Graph.View.Hosting;

/// <summary>Where the explorer listens.</summary>
public sealed record ViewServerOptions
{
    /// <summary>The address to bind: an IP address or <c>localhost</c>. Default: 127.0.0.1 (this machine only).</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The port; 0 lets the system choose a free one.</summary>
    public int Port { get; init; }
}
