using System.Globalization;
using Graph.View.Data;

namespace Graph.View.Benchmarks;

/// <summary>
/// The requests timed, chosen from the data so that any store gives the same kinds of calls: searches built from the
/// most mentioned entity's name, the panels of the biggest hub (the entity with the most relations), paths between
/// the most mentioned entities and from the hub to the entity farthest from it.
/// </summary>
internal static class ApiCalls
{
    /// <summary>Neighbours per page, as the front end asks them.</summary>
    private const int Page = 25;

    /// <summary>How many of the most mentioned entities are tried in pairs for a path between non-adjacent ones.</summary>
    private const int PathCandidates = 50;

    /// <summary>The requests for <paramref name="graph"/> (one with at least one entity).</summary>
    public static IReadOnlyList<ApiCall> For(ViewGraph graph)
    {
        var top = graph.EntitiesByMentions[0];
        string name = top.Name.ToLowerInvariant();
        string word = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).MaxBy(w => w.Length) ?? name;
        var hub = Hub(graph);
        var calls = new List<ApiCall>
        {
            new("meta", "/api/meta"),
            new("search, 1 letter", Search(name[..1])),
            new("search, 3 letters", Search(name[..Math.Min(3, name.Length)])),
            new("search, a word", Search(word)),
            new("top (landing view)", "/api/top?entities=25&relations=50"),
            new("top, 500 entities and 2,000 relations", "/api/top?entities=500&relations=2000"),
        };

        var strongest = graph.RelationsOf(hub.Id).OrderByDescending(r => r.EvidenceCount).ThenBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault();
        if (strongest is not null)
        {
            calls.Add(new("top, predicate " + strongest.Relation.Info.Name, "/api/top?predicates=" + strongest.Relation.Info.Name));
        }

        if (graph.LastDate is { } last)
        {
            string since = last.AddYears(-1).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            calls.Add(new("top, last 12 months", "/api/top?since=" + since));
        }

        string node = "/api/node/" + Uri.EscapeDataString(hub.Id);
        int neighbours = Neighbours(graph, hub.Id).Count;
        calls.Add(new("node panel of the hub", node));
        calls.Add(new("neighbours of the hub, first page", $"{node}/neighbours?offset=0&limit={Page}"));
        calls.Add(new("neighbours of the hub, last page", string.Create(CultureInfo.InvariantCulture, $"{node}/neighbours?offset={Math.Max(0, neighbours - 1) / Page * Page}&limit={Page}")));
        if (strongest is not null)
        {
            calls.Add(new($"evidence of the hub's strongest fact ({strongest.EvidenceCount} {(strongest.EvidenceCount == 1 ? "sentence" : "sentences")})", "/api/fact/" + Uri.EscapeDataString(strongest.Id)));
        }

        calls.Add(new("timeline", "/api/timeline"));
        if (NonAdjacentPair(graph) is var (from, to))
        {
            calls.Add(new("path, two most mentioned not adjacent", Path(from, to)));
        }

        calls.Add(new("path, hub to the farthest entity", Path(hub.Id, Farthest(graph, hub.Id))));
        var article = graph.Articles.OrderByDescending(a => graph.MentionsIn(a.Id).Count).ThenBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault();
        if (article is not null)
        {
            calls.Add(new("article mentioning the most entities", "/api/article/" + Uri.EscapeDataString(article.Id)));
        }

        return calls;
    }

    /// <summary>The entity with the most relations (every status), then the smallest id.</summary>
    public static ViewEntity Hub(ViewGraph graph) =>
        graph.Entities.OrderByDescending(e => graph.RelationsOf(e.Id).Count).ThenBy(e => e.Id, StringComparer.Ordinal).First();

    private static string Search(string prefix) => "/api/search?q=" + Uri.EscapeDataString(prefix);

    private static string Path(string from, string to) => $"/api/path?from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString(to)}";

    // Neighbours over asserted facts, the default view's, in the order LinksOf gives (by id).
    private static List<string> Neighbours(ViewGraph graph, string id) =>
        [.. graph.LinksOf(id).Where(l => ViewFilter.Default.Passes(l.Relation)).Select(l => l.Other).Distinct(StringComparer.Ordinal)];

    // The first pair, in order of mentions, of the most mentioned entities with no asserted fact between them.
    private static (string From, string To)? NonAdjacentPair(ViewGraph graph)
    {
        var candidates = graph.EntitiesByMentions.Take(PathCandidates).ToList();
        for (int j = 1; j < candidates.Count; j++)
        {
            for (int i = 0; i < j; i++)
            {
                if (!Neighbours(graph, candidates[i].Id).Contains(candidates[j].Id, StringComparer.Ordinal))
                {
                    return (candidates[i].Id, candidates[j].Id);
                }
            }
        }

        return null;
    }

    // The last entity a breadth-first search from `start` reaches: one of the farthest in its component.
    private static string Farthest(ViewGraph graph, string start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var queue = new Queue<string>([start]);
        string last = start;
        while (queue.Count > 0)
        {
            last = queue.Dequeue();
            foreach (string other in Neighbours(graph, last).Where(seen.Add))
            {
                queue.Enqueue(other);
            }
        }

        return last;
    }
}
