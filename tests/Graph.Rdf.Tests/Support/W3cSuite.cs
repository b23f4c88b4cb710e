using System.Text.Json;
using Graph.Testing;

namespace Graph.Rdf.Tests.Support;

/// <summary>The W3C test data copied into tests/rdf-tests, read through its manifests (parsed by N3.js).</summary>
public static class W3cSuite
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>One manifest entry.</summary>
    /// <param name="Name">Test name.</param>
    /// <param name="Type">rdft type, e.g. TestTurtleEval, TestNTriplesNegativeSyntax.</param>
    /// <param name="Action">Input file, relative to the suite folder.</param>
    /// <param name="Result">Expected result file, if any.</param>
    public sealed record Entry(string Name, string Type, string Action, string? Result);

    /// <summary>Folder of the copied suites.</summary>
    public static string Root => Path.Combine(RepositoryPaths.Root, "tests", "rdf-tests");

    /// <summary>The entries of one suite (rdf-n-triples, rdf-n-quads, rdf-turtle, rdf-trig, rdf-xml).</summary>
    public static IReadOnlyList<Entry> Entries(string suite)
    {
        NodeTool.Result run = NodeTool.Run("rdf-manifest.mjs", [Path.Combine(Root, suite, "manifest.ttl")]);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException("rdf-manifest.mjs failed: " + run.StdErr);
        }

        return JsonSerializer.Deserialize<List<Entry>>(run.StdOut, Json)!;
    }

    /// <summary>Full path of a suite file.</summary>
    public static string PathOf(string suite, string file) => Path.Combine(Root, suite, file);
}
