using System.Text;
using System.Text.RegularExpressions;
using Graph.Store;
using Graph.Testing;
using Graph.View.Api;
using Graph.View.Data;
using Graph.View.Hosting;
using Graph.View.Static;
using Graph.View.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Graph.View.Tests.Static;

public sealed partial class StaticPageWriterTests : IClassFixture<StaticPageWriterTests.SampleGraph>
{
    private readonly ViewGraph _sample;

    public StaticPageWriterTests(SampleGraph sample) => _sample = sample.Graph;

    [Fact]
    public void Write_InlinesTheManifestsFilesInOrderInPlaceOfTheirTags()
    {
        var assets = Assets(
            """
            <!doctype html><html><head><link rel="stylesheet" href="app.css"></head>
            <body><script id="graph-data" type="application/json"></script>
            <script src="vendor/lib.js"></script><script src="js/app.js"></script></body></html>
            """,
            ("app.css", "body { color: red; } /* </style> */"),
            ("vendor/lib.js", "var lib = '</script><!--<script>';"),
            ("js/app.js", "GraphView.start();"));

        string html = Write(_sample, assets);

        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=", html, StringComparison.Ordinal);
        Assert.Contains("<style>\nbody { color: red; } /* <\\/style> */\n</style>", html, StringComparison.Ordinal);
        Assert.Contains("var lib = '<\\/script>\\x3C!--<script>';", html, StringComparison.Ordinal);
        int lib = html.IndexOf("var lib", StringComparison.Ordinal);
        int app = html.IndexOf("GraphView.start", StringComparison.Ordinal);
        Assert.True(lib > 0 && app > lib, "scripts keep the manifest's order");
        Assert.True(html.IndexOf("<style>", StringComparison.Ordinal) < html.IndexOf("</head>", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_WithoutTagsForTheFiles_PutsThemAtTheEndOfHeadAndBody()
    {
        var assets = Assets(
            "<html><head><title>t</title></head><body><script id=\"graph-data\" type=\"application/json\"></script></body></html>",
            ("app.css", "p { margin: 0; }"),
            ("js/app.js", "GraphView.start();"));

        string html = Write(_sample, assets);

        Assert.Matches(@"<title>t</title><style>\np \{ margin: 0; \}\n</style>\n</head>", html);
        Assert.Matches(@"</script><script>\nGraphView\.start\(\);\n</script>\n</body>", html);
    }

    [Fact]
    public void Write_WithoutGraphDataElement_SaysWhatIsMissing()
    {
        var assets = Assets("<html><body></body></html>");

        var error = Assert.Throws<InvalidOperationException>(() => Write(_sample, assets));
        Assert.Contains("graph-data", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_GraphData_IsTheDump()
    {
        string html = Write(_sample, EmbeddedAssets.Default);

        var data = JObject.Parse(GraphData(html));
        var dump = JObject.Parse(ApiJson.Serialize(DumpEndpoint.Of(_sample)));
        Assert.True(JToken.DeepEquals(dump, data));
        Assert.Equal(_sample.Entities.Count, data["nodes"]!.Count());
    }

    [Fact]
    public void Write_IsDeterministic()
    {
        Assert.Equal(Write(_sample, EmbeddedAssets.Default), Write(_sample, EmbeddedAssets.Default));
    }

    /// <summary>
    /// The page refers to no URL outside itself. Article addresses are data: they travel only inside the
    /// <c>#graph-data</c> JSON, which holds no <c>&lt;</c> (escaped as \u003c) and so no tag or attribute; the
    /// scan removes that element's text and looks at the markup, styles and scripts for a <c>src</c>,
    /// <c>href</c>, <c>url(...)</c>, <c>import</c> or <c>fetch</c> of an absolute or protocol-relative URL.
    /// </summary>
    [Fact]
    public void Write_RefersToNoUrlOutsideItself()
    {
        string html = Write(_sample, EmbeddedAssets.Default);
        string data = GraphData(html);
        Assert.Contains("https://", data, StringComparison.Ordinal);

        string code = html.Replace(data, string.Empty, StringComparison.Ordinal);

        var references = ExternalReference().Matches(code).Select(m => m.Value).ToList();
        Assert.Empty(references);
        Assert.DoesNotContain("<base", code, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Write_HostileTextStaysData()
    {
        var graph = ViewGraph.Build(HostileGraph.Source());

        string html = Write(graph, EmbeddedAssets.Default);

        string data = GraphData(html);
        Assert.DoesNotContain('<', data);
        Assert.DoesNotContain('>', data);
        Assert.DoesNotContain('\u2028', data);
        Assert.DoesNotContain('\u2029', data);
        Assert.DoesNotContain("__pwned", html.Replace(data, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

        var dump = JObject.Parse(data);
        Assert.Equal(
            new[] { HostileGraph.ScriptName, HostileGraph.QuoteName, HostileGraph.RtlName }.Order(StringComparer.Ordinal),
            dump["nodes"]!.Select(n => (string)n["name"]!).Order(StringComparer.Ordinal));
        var article = dump["articles"]!.Single();
        Assert.Equal(HostileGraph.Title, (string)article["title"]!);
        Assert.Equal(HostileGraph.Url, (string)article["url"]!);
        Assert.Equal("</script>.txt", (string)article["fileName"]!);
        var sentences = ((JObject)dump["evidence"]!).Properties().SelectMany(p => p.Value).Select(e => (string)e["sentence"]!).ToList();
        Assert.Equal(2, sentences.Count);
        Assert.All(sentences, s => Assert.Equal(HostileGraph.Sentence, s));
    }

    [Fact]
    public void Write_FromAStore_MatchesTheGraphItWasBuiltFrom()
    {
        using var temp = new TempDirectory();
        string storePath = SampleStore.Build(temp.File("graph.db"));
        ViewGraph graph;
        using (var store = GraphStore.Open(storePath))
        {
            graph = ViewGraph.Build(store);
        }

        Assert.Equal(Write(_sample, EmbeddedAssets.Default), Write(graph, EmbeddedAssets.Default));
    }

    [Theory]
    [InlineData("<script src=\"https://cdn.example/x.js\"></script>")]
    [InlineData("<link rel=stylesheet href=//cdn.example/x.css>")]
    [InlineData("body { background: url( 'http://cdn.example/a.png') }")]
    [InlineData("@import url(\"https://fonts.example/css\");")]
    [InlineData("import('https://cdn.example/m.js')")]
    [InlineData("fetch(`https://api.example/data`)")]
    public void ExternalReference_FindsEachKindOfReference(string text)
    {
        Assert.Matches(ExternalReference(), text);
    }

    // The text of the #graph-data element: up to the first "<", which must be its end tag.
    private static string GraphData(string html)
    {
        var open = Regex.Match(html, "<script id=\"graph-data\" type=\"application/json\">", RegexOptions.None, TimeSpan.FromSeconds(5));
        Assert.True(open.Success);
        int start = open.Index + open.Length;
        int end = html.IndexOf('<', start);
        Assert.StartsWith("</script>", html[end..], StringComparison.Ordinal);
        return html[start..end];
    }

    private static string Write(ViewGraph graph, EmbeddedAssets assets)
    {
        using var writer = new StringWriter();
        StaticPageWriter.Write(writer, graph, assets);
        return writer.ToString();
    }

    private static EmbeddedAssets Assets(string index, params (string Path, string Text)[] files)
    {
        var all = files.ToDictionary(f => f.Path, f => Encoding.UTF8.GetBytes(f.Text));
        all["index.html"] = Encoding.UTF8.GetBytes(index);
        all["manifest.json"] = Encoding.UTF8.GetBytes(
            new JObject
            {
                ["styles"] = new JArray(files.Where(f => f.Path.EndsWith(".css", StringComparison.Ordinal)).Select(f => f.Path)),
                ["scripts"] = new JArray(files.Where(f => f.Path.EndsWith(".js", StringComparison.Ordinal)).Select(f => f.Path)),
            }.ToString());
        return EmbeddedAssets.FromFiles(all);
    }

    [GeneratedRegex(
        """(?:\b(?:src|href|xlink:href)\s*=\s*["']?\s*|\burl\(\s*["']?\s*|@import\s+(?:url\(\s*)?["']?\s*|\bimport\s*\(?\s*["']\s*|\bfetch\s*\(\s*["'`]\s*)(?:https?:|wss?:|ftp:)?//""",
        RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    /// <summary>The graph of the sample-article store, built once for the class.</summary>
    public sealed class SampleGraph : IDisposable
    {
        private readonly TempDirectory _temp = new();

        /// <summary>Builds it.</summary>
        public SampleGraph()
        {
            using var store = GraphStore.Open(SampleStore.Build(_temp.File("graph.db")));
            Graph = ViewGraph.Build(store);
        }

        /// <summary>The graph.</summary>
        public ViewGraph Graph { get; }

        /// <inheritdoc />
        public void Dispose() => _temp.Dispose();
    }
}
