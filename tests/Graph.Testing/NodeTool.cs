using System.Diagnostics;

namespace Graph.Testing;

/// <summary>
/// Runs a Node.js script from <c>tests/js</c> (installed by <c>tests/run.sh</c>), feeding it standard
/// input and collecting its output. The scripts wrap independent tools: N3.js, Oxigraph, Neo4j's
/// Cypher linter and the official Neo4j JavaScript driver.
/// </summary>
public static class NodeTool
{
    /// <summary>The result of one run.</summary>
    /// <param name="ExitCode">Process exit code.</param>
    /// <param name="StdOut">Standard output.</param>
    /// <param name="StdErr">Standard error.</param>
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    /// <summary>True when the tools are installed (tests/js/node_modules exists).</summary>
    public static bool IsInstalled => Directory.Exists(Path.Combine(RepositoryPaths.JsTools, "node_modules"));

    /// <summary>
    /// True when the tools must be present (tests/run.sh, and so CI, sets GRAPH_REQUIRE_NODE_TOOLS=1): a test
    /// that checks against them then fails instead of skipping when they are missing.
    /// </summary>
    public static bool IsRequired => Environment.GetEnvironmentVariable("GRAPH_REQUIRE_NODE_TOOLS") == "1";

    /// <summary>Runs <c>node tests/js/SCRIPT args…</c> and waits for it.</summary>
    public static Result Run(string script, IEnumerable<string> arguments, string? stdin = null, int timeoutSeconds = 120)
    {
        if (!IsInstalled)
        {
            throw new InvalidOperationException("tests/js/node_modules is missing: run `bash tests/run.sh` (it runs npm ci).");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryPaths.JsTools,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.JsTools, script));
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish in {timeoutSeconds} s");
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
