using System.Globalization;
using System.Net;
using Graph.Testing;
using Graph.View.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Graph.View.Tests.Browser;

/// <summary>
/// The static page's API (<c>LocalApi</c> in wwwroot/js/api.js, run by Node.js over the dump) answers every
/// request exactly as the server does: same status, same JSON, same order.
/// </summary>
[Collection(SampleServerCollection.Name)]
public sealed class LocalApiConformanceTests
{
    private static readonly string ApiScript = Path.Combine(RepositoryPaths.Root, "src", "Graph.View", "wwwroot", "js", "api.js");

    private readonly SampleServerFixture _server;

    /// <summary>Uses the shared server.</summary>
    public LocalApiConformanceTests(SampleServerFixture server) => _server = server;

    private sealed record Call(string Id, string Url, string Method, JArray Args);

    private static string Escape(string text) => Uri.EscapeDataString(text);

    private static string Query(JObject parameters) =>
        string.Join('&', parameters.Properties().Select(p => Escape(p.Name) + "=" + Escape((string)p.Value!)));

    // The same requests for both: each URL and the LocalApi call that mirrors it.
    private List<Call> Calls()
    {
        var graph = _server.Server.Graph;
        var hub = graph.Entities.OrderByDescending(e => graph.RelationsOf(e.Id).Count).ThenBy(e => e.Id, StringComparer.Ordinal).First();
        var far = graph.Entities.Where(e => e.Id != hub.Id && graph.RelationsOf(e.Id).Count > 0).OrderByDescending(e => e.Id, StringComparer.Ordinal).First();
        var lonely = graph.Entities.FirstOrDefault(e => graph.RelationsOf(e.Id).Count == 0) ?? far;
        string predicate = graph.RelationsOf(hub.Id)[0].Relation.Info.Name;
        string relation = graph.Relations[0].Id;
        string article = graph.Articles[^1].Id;
        string type = hub.Type.ToString();
        // An accent the names do not have, and upper case: both fold away.
        string accented = hub.Name.Length > 1 ? hub.Name[..^1].ToUpperInvariant() + hub.Name[^1] + "\u0301" : hub.Name + "\u0301";
        string? month = graph.LastDate is { } last ? new DateOnly(last.Year, last.Month, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

        var calls = new List<Call>();
        void Add(string id, string path, JObject parameters, string method, params JToken[] args)
        {
            string query = Query(parameters);
            calls.Add(new Call(id, path + (query.Length > 0 ? "?" + query : string.Empty), method, new JArray(args)));
        }

        JToken Null() => JValue.CreateNull();
        Add("meta", "api/meta", new JObject(), "meta");
        Add("search lower", "api/search", new JObject { ["q"] = hub.Name.ToLowerInvariant() }, "search", hub.Name.ToLowerInvariant(), Null(), Null());
        Add("search accents and case", "api/search", new JObject { ["q"] = accented }, "search", accented, Null(), Null());
        Add("search one letter", "api/search", new JObject { ["q"] = "a", ["limit"] = "100" }, "search", "a", Null(), 100);
        Add("search type", "api/search", new JObject { ["q"] = "a", ["type"] = type.ToLowerInvariant(), ["limit"] = "3" }, "search", "a", type.ToLowerInvariant(), 3);
        Add("search unknown type", "api/search", new JObject { ["q"] = "a", ["type"] = "Planet" }, "search", "a", "Planet", Null());
        Add("search bad limit", "api/search", new JObject { ["q"] = "a", ["limit"] = "0" }, "search", "a", Null(), "0");
        Add("search nothing", "api/search", new JObject(), "search", Null(), Null(), Null());
        Add("top", "api/top", new JObject(), "top", Null(), Null(), new JObject());
        Add("top small", "api/top", new JObject { ["entities"] = "5", ["relations"] = "3" }, "top", 5, 3, new JObject());
        Add("top types", "api/top", new JObject { ["types"] = "Person,Country" }, "top", Null(), Null(), new JObject { ["types"] = "Person,Country" });
        Add("top all", "api/top", new JObject { ["status"] = "all" }, "top", Null(), Null(), new JObject { ["status"] = "all" });
        Add("top predicate", "api/top", new JObject { ["predicates"] = predicate }, "top", Null(), Null(), new JObject { ["predicates"] = predicate });
        Add("node", "api/node/" + Escape(hub.Id), new JObject(), "node", hub.Id);
        Add("node all", "api/node/" + Escape(hub.Id), new JObject { ["status"] = "all" }, "node", hub.Id, new JObject { ["status"] = "all" });
        Add("node unknown", "api/node/" + Escape("person:nobody"), new JObject(), "node", "person:nobody");
        Add("neighbours", "api/node/" + Escape(hub.Id) + "/neighbours", new JObject(), "neighbours", hub.Id, new JObject());
        Add("neighbours page", "api/node/" + Escape(hub.Id) + "/neighbours", new JObject { ["offset"] = "1", ["limit"] = "2" }, "neighbours", hub.Id, new JObject { ["offset"] = "1", ["limit"] = "2" });
        Add("neighbours all", "api/node/" + Escape(hub.Id) + "/neighbours", new JObject { ["status"] = "all" }, "neighbours", hub.Id, new JObject { ["status"] = "all" });
        Add("neighbours predicate", "api/node/" + Escape(hub.Id) + "/neighbours", new JObject { ["predicates"] = predicate.ToLowerInvariant() }, "neighbours", hub.Id, new JObject { ["predicates"] = predicate.ToLowerInvariant() });
        Add("neighbours types", "api/node/" + Escape(hub.Id) + "/neighbours", new JObject { ["types"] = "Country,Organization" }, "neighbours", hub.Id, new JObject { ["types"] = "Country,Organization" });
        Add("neighbours bad limit", "api/node/" + Escape(hub.Id) + "/neighbours", new JObject { ["limit"] = "501" }, "neighbours", hub.Id, new JObject { ["limit"] = "501" });
        Add("neighbours unknown", "api/node/" + Escape("person:nobody") + "/neighbours", new JObject(), "neighbours", "person:nobody", new JObject());
        Add("path", "api/path", new JObject { ["from"] = hub.Id, ["to"] = far.Id }, "path", hub.Id, far.Id, new JObject());
        Add("path all", "api/path", new JObject { ["from"] = far.Id, ["to"] = hub.Id, ["status"] = "all" }, "path", far.Id, hub.Id, new JObject { ["status"] = "all" });
        Add("path none", "api/path", new JObject { ["from"] = hub.Id, ["to"] = lonely.Id }, "path", hub.Id, lonely.Id, new JObject());
        Add("path itself", "api/path", new JObject { ["from"] = hub.Id, ["to"] = hub.Id }, "path", hub.Id, hub.Id, new JObject());
        Add("path unknown", "api/path", new JObject { ["from"] = hub.Id, ["to"] = "person:nobody" }, "path", hub.Id, "person:nobody", new JObject());
        Add("fact", "api/fact/" + Escape(relation), new JObject(), "fact", relation);
        Add("fact unknown", "api/fact/nothing", new JObject(), "fact", "nothing");
        Add("timeline", "api/timeline", new JObject(), "timeline", new JObject());
        Add("timeline all", "api/timeline", new JObject { ["status"] = "all" }, "timeline", new JObject { ["status"] = "all" });
        Add("timeline bad date", "api/timeline", new JObject { ["since"] = "2021-02-30" }, "timeline", new JObject { ["since"] = "2021-02-30" });
        if (month is not null)
        {
            Add("timeline since", "api/timeline", new JObject { ["since"] = month }, "timeline", new JObject { ["since"] = month });
            Add("neighbours since", "api/node/" + Escape(hub.Id) + "/neighbours", new JObject { ["since"] = month, ["status"] = "all" }, "neighbours", hub.Id, new JObject { ["since"] = month, ["status"] = "all" });
            Add("top until", "api/top", new JObject { ["until"] = month }, "top", Null(), Null(), new JObject { ["until"] = month });
        }

        Add("article", "api/article/" + Escape(article), new JObject(), "article", article);
        Add("article unknown", "api/article/nothing", new JObject(), "article", "nothing");
        return calls;
    }

    [SkippableFact]
    public async Task LocalApiOverTheDump_AnswersEveryRequestLikeTheServer()
    {
        Skip.IfNot(NodeTool.IsInstalled, "tests/js/node_modules is missing: Node.js and npm are needed (tests/run.sh runs npm ci in tests/js)");

        var http = _server.Client;
        using var temp = new TempDirectory();
        string dump = temp.Write("dump.json", await http.GetStringAsync(new Uri("api/dump", UriKind.Relative)));
        var calls = Calls();
        var input = new JObject
        {
            ["script"] = ApiScript,
            ["dump"] = dump,
            ["calls"] = new JArray(calls.Select(c => new JObject { ["id"] = c.Id, ["method"] = c.Method, ["args"] = c.Args })),
        };

        var run = NodeTool.Run("view-local-api.mjs", [], input.ToString());
        Assert.True(run.ExitCode == 0, run.StdErr);
        var local = JArray.Parse(run.StdOut).ToDictionary(r => (string)r["id"]!);

        var differences = new List<string>();
        foreach (var call in calls)
        {
            using var response = await http.GetAsync(new Uri(call.Url, UriKind.Relative));
            var server = JToken.Parse(await response.Content.ReadAsStringAsync());
            var mine = local[call.Id];
            if ((int)mine["status"]! != (int)response.StatusCode || !JToken.DeepEquals(server, mine["body"]))
            {
                differences.Add($"{call.Id} ({call.Url}): server {(int)response.StatusCode} {Shorten(server)}\n  local {mine["status"]} {Shorten(mine["body"]!)}");
            }
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences));
        Assert.Contains(local.Values, r => (int)r["status"]! == (int)HttpStatusCode.NotFound);
        Assert.Contains(local.Values, r => (int)r["status"]! == (int)HttpStatusCode.BadRequest);
    }

    private static string Shorten(JToken token)
    {
        string text = token.ToString(Newtonsoft.Json.Formatting.None);
        return text.Length > 600 ? text[..600] + "…" : text;
    }
}
