using System.Globalization;
using System.Net;
using Graph.Store;
using Graph.View.Api;
using Graph.View.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.View.Hosting;

/// <summary>
/// The explorer served over HTTP (Kestrel, minimal APIs): the JSON API and the front end, read-only, from a
/// graph read into memory once at start. Dispose to stop it.
/// </summary>
public sealed class ViewServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ViewServer(WebApplication app, ViewGraph graph, Uri url)
    {
        _app = app;
        Graph = graph;
        Url = url;
    }

    /// <summary>The address of the front end, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri Url { get; }

    /// <summary>The graph it answers from.</summary>
    public ViewGraph Graph { get; }

    /// <summary>Reads the store at <paramref name="storePath"/> and serves it.</summary>
    /// <exception cref="FileNotFoundException">There is no such store.</exception>
    /// <exception cref="StoreException">The file is not a store this version can read.</exception>
    public static async Task<ViewServer> StartAsync(string storePath, ViewServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(storePath))
        {
            throw new FileNotFoundException($"{storePath}: no such store", storePath);
        }

        ViewGraph graph;
        using (var store = GraphStore.Open(storePath))
        {
            graph = ViewGraph.Build(store);
        }

        return await StartAsync(graph, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Serves <paramref name="graph"/>.</summary>
    /// <exception cref="ArgumentException">The host is neither an IP address nor <c>localhost</c>, or the port is out of range.</exception>
    public static async Task<ViewServer> StartAsync(ViewGraph graph, ViewServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new ViewServerOptions();
        var address = ParseHost(options.Host);
        if (options.Port is < 0 or > IPEndPoint.MaxPort)
        {
            throw new ArgumentException($"port {options.Port} is out of range (0 to {IPEndPoint.MaxPort})", nameof(options));
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Production",
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(address, options.Port);
        });
        var app = builder.Build();

        string hostInUrl = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
        var allowed = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { hostInUrl, "localhost", options.Host };
        var guard = new RequestGuard(allowed);
        app.Use(guard.InvokeAsync);
        ApiRoutes.Map(app, graph);
        AssetRoutes.Map(app, EmbeddedAssets.Default);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        string bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        int port = new Uri(bound).Port;
        return new ViewServer(app, graph, new Uri(string.Create(CultureInfo.InvariantCulture, $"http://{hostInUrl}:{port}/")));
    }

    /// <summary>Stops serving: requests in flight finish, new ones are refused.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static IPAddress ParseHost(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(host, out var address) ? address
        : throw new ArgumentException($"host '{host}' is not an IP address or localhost", nameof(host));
}
