using System.Globalization;
using Graph.Model;
using Graph.Testing;
using Graph.View.Data;
using Graph.View.Hosting;

namespace Graph.View.Tests.Browser;

/// <summary>
/// The explorer serving a hub: one person who met <see cref="Neighbours"/> others, more than the canvas's
/// budget of visible nodes, so expanding it pages and then stops at the budget.
/// </summary>
public sealed class HubExplorer : IAsyncLifetime
{
    /// <summary>How many people the hub met.</summary>
    public const int Neighbours = 620;

    private ViewServer? _server;

    /// <summary>The hub's id.</summary>
    public static string HubId => StableId.Entity(EntityType.Person, "Hub Person");

    /// <summary>The running server.</summary>
    public ViewServer Server => _server ?? throw new InvalidOperationException("the server has not started");

    /// <inheritdoc />
    public async Task InitializeAsync() => _server = await ViewServer.StartAsync(ViewGraph.Build(Source()));

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private static InMemoryGraphSource Source()
    {
        const string sentence = "They met.";
        string article = StableId.Article(StableId.Sha256Hex(sentence));
        var hub = new Entity(HubId, EntityType.Person, "Hub Person", []);
        var others = Enumerable.Range(1, Neighbours)
            .Select(i => new Entity(StableId.Entity(EntityType.Person, "Person " + i.ToString("D4", CultureInfo.InvariantCulture)), EntityType.Person, "Person " + i.ToString("D4", CultureInfo.InvariantCulture), []))
            .ToList();
        var relations = others.Select(o => new Relation(
            StableId.Relation(hub.Id, Predicate.Meet, o.Id, null, FactStatus.Asserted), hub.Id, Predicate.Meet, o.Id, null, FactStatus.Asserted,
            [new Evidence(article, 0, sentence, new TextSpan(0, sentence.Length), null, null, 0.9, null)])).ToList();
        return new InMemoryGraphSource(
            [new StoredArticle(article, "hub.txt", "Hub", new DateOnly(2024, 1, 1), null, null, StableId.Sha256Hex(sentence))],
            [hub, .. others],
            [new Mention(hub.Id, article, Neighbours), .. others.Select(o => new Mention(o.Id, article, 1))],
            relations);
    }
}
