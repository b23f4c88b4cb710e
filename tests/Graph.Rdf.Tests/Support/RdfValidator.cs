using System.Text.Json;
using System.Text.Json.Serialization;
using Graph.Testing;

namespace Graph.Rdf.Tests.Support;

/// <summary>
/// Runs tests/js/rdf-check.mjs: strict parsing with N3.js (Turtle, TriG, N-Triples, N-Quads) and Oxigraph
/// (JSON-LD, RDF/XML, and as a second opinion on the rest), plus isomorphism via rdf-isomorphic.
/// </summary>
public static class RdfValidator
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>One file to check.</summary>
    /// <param name="Id">Name for messages.</param>
    /// <param name="File">The file to parse.</param>
    /// <param name="Format">Its format's script name (turtle, ntriples, nquads, trig, jsonld, rdfxml).</param>
    /// <param name="Parsers">Parsers that must all accept it (n3, oxigraph); null for the primary strict one.</param>
    /// <param name="Expected">A file its graph must be isomorphic to, if any.</param>
    /// <param name="ExpectedFormat">The expected file's format.</param>
    /// <param name="Merge">Drop graph names on both sides before comparing.</param>
    public sealed record Check(
        string Id, string File, string Format, IReadOnlyList<string>? Parsers = null, string? Expected = null,
        string? ExpectedFormat = null, bool Merge = false);

    /// <summary>The verdict on one file.</summary>
    /// <param name="Id">The check's name.</param>
    /// <param name="Ok">Parsed (and isomorphic when compared).</param>
    /// <param name="Count">Distinct statements parsed.</param>
    /// <param name="Error">Parser error, if any.</param>
    /// <param name="Reason">Why a comparison failed.</param>
    /// <param name="OnlyFirst">Sample statements only in the file.</param>
    /// <param name="OnlySecond">Sample statements only in the expected file.</param>
    public sealed record Result(
        string Id, bool Ok, int? Count, string? Error, string? Reason, IReadOnlyList<string>? OnlyFirst, IReadOnlyList<string>? OnlySecond)
    {
        /// <inheritdoc />
        public override string ToString() =>
            $"{Id}: {(Ok ? "ok" : "FAILED")} {Error} {Reason} " +
            $"only-in-file: [{string.Join(" | ", OnlyFirst ?? [])}] only-in-expected: [{string.Join(" | ", OnlySecond ?? [])}]";
    }

    /// <summary>The script name of a format.</summary>
    public static string ScriptName(RdfFormat format) => RdfFormats.Name(format);

    /// <summary>Runs every check in one node process.</summary>
    public static IReadOnlyList<Result> Run(IEnumerable<Check> checks, int timeoutSeconds = 300)
    {
        string input = JsonSerializer.Serialize(checks, Json);
        NodeTool.Result run = NodeTool.Run("rdf-check.mjs", [], input, timeoutSeconds);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"rdf-check.mjs exited with {run.ExitCode}: {run.StdErr}");
        }

        return JsonSerializer.Deserialize<List<Result>>(run.StdOut, Json)
            ?? throw new InvalidOperationException("rdf-check.mjs printed nothing");
    }

    /// <summary>Asserts every result is ok, listing every failure.</summary>
    public static void AssertAllOk(IReadOnlyList<Result> results)
    {
        Assert.NotEmpty(results);
        var failures = results.Where(r => !r.Ok).Select(r => r.ToString()).ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} of {results.Count} failed:\n" + string.Join("\n", failures));
    }
}
