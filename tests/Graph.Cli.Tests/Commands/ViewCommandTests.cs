using System.Diagnostics;
using System.Net;
using Graph.Cli.Tests.Commands.Neo4j;
using Graph.Cli.Tests.Support;
using Graph.Testing;

namespace Graph.Cli.Tests.Commands;

/// <summary><c>graph view</c> as a user runs it: serving until Ctrl-C, and writing the self-contained page.</summary>
public sealed class ViewCommandTests(BuiltStoreFixture built) : IClassFixture<BuiltStoreFixture>, IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Out_WritesTheSelfContainedPageAndSaysWhatItHolds()
    {
        built.CopyTo(_temp.Path);

        var result = GraphCli.Run(_temp.Path, "view", "--out", "explorer.html");

        Assert.True(result.ExitCode == 0, result.StdErr);
        var statistics = built.Statistics();
        Assert.Matches(
            $@"^Wrote explorer\.html \(\d+(\.\d)? (B|KiB|MiB)\): {statistics.Entities} nodes, [1-9]\d* edges, {statistics.Articles} articles\n$",
            result.StdOut);
        string html = File.ReadAllText(_temp.File("explorer.html"));
        Assert.Contains("<script id=\"graph-data\" type=\"application/json\">{\"version\":1,", html, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_temp.Path, "*.tmp-*"));
    }

    [Fact]
    public void Out_Around_WritesTheNeighbourhoodOnly()
    {
        built.CopyTo(_temp.Path);

        var result = GraphCli.Run(_temp.Path, "view", "--out", "around.html", "--around", "tillerson", "--depth", "1");

        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Matches(@": 3 nodes, 2 edges, \d+ articles around Rex Tillerson \(depth 1\)", result.StdOut);
    }

    [Fact]
    public void Out_AroundUnknownName_IsOneLineAndNoFile()
    {
        built.CopyTo(_temp.Path);

        var result = GraphCli.Run(_temp.Path, "view", "--out", "x.html", "--around", "Nobody Known");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: --around: no entity named 'Nobody Known' in graph.db", Assert.Single(result.ErrorLines));
        Assert.False(File.Exists(_temp.File("x.html")));
    }

    [Fact]
    public void MissingStore_IsOneLine()
    {
        var result = GraphCli.Run(_temp.Path, "view", "--store", "none.db");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: none.db: no such store", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--around", "x")]
    [InlineData("--port", "70000")]
    [InlineData("--host", "example.org")]
    [InlineData("--out", "x.html", "--since", "May 2021")]
    public void BadArguments_AreExit2(params string[] arguments)
    {
        built.CopyTo(_temp.Path);

        var result = GraphCli.Run(_temp.Path, ["view", .. arguments]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: --", result.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_PrintsTheUrlAnswersAndStopsOnSignalWithExit0()
    {
        built.CopyTo(_temp.Path);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _temp.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Graph.Cli.dll"));
        start.ArgumentList.Add("view");
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        try
        {
            string? line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            var match = System.Text.RegularExpressions.Regex.Match(line ?? string.Empty, @"^Serving the graph explorer at (http://127\.0\.0\.1:\d+/) \(Ctrl-C stops\)$");
            Assert.True(match.Success, line);

            using var client = new HttpClient { BaseAddress = new Uri(match.Groups[1].Value) };
            using var meta = await client.GetAsync(new Uri("/api/meta", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, meta.StatusCode);
            Assert.Contains($"\"entities\":{built.Statistics().Entities},", await meta.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            // SIGTERM takes the path Ctrl-C takes; SIGINT itself cannot be tested here, since a test run started in
            // the background passes an ignored SIGINT on to every process it starts.
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(0, process.ExitCode);
            Assert.Equal(string.Empty, await process.StandardError.ReadToEndAsync());
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}
