using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Testing;

namespace Graph.Neo4j.Tests.Support;

/// <summary>Neo4j's Cypher linter and lexer (tests/js/cypher-*.mjs), called through <see cref="NodeTool"/>.</summary>
public static class CypherTools
{
    /// <summary>One statement to lint with the parameters it declares.</summary>
    public sealed record LintInput(string Name, string Query, IReadOnlyDictionary<string, object?> Parameters);

    /// <summary>What the linter said about one statement.</summary>
    public sealed record LintResult(string Name, IReadOnlyList<string> Diagnostics);

    /// <summary>Decoded string literals, keyword tokens and label/type tokens of a Cypher text.</summary>
    public sealed record Tokens(IReadOnlyList<string> Strings, IReadOnlyList<string> Keywords, IReadOnlyList<string> Labels);

    /// <summary>Lints every statement against the projection's closed sets of labels and relationship types.</summary>
    public static IReadOnlyList<LintResult> Lint(IEnumerable<LintInput> statements)
    {
        var input = new JsonObject
        {
            ["statements"] = new JsonArray(statements.Select(s => (JsonNode)new JsonObject
            {
                ["name"] = s.Name,
                ["query"] = s.Query,
                ["parameters"] = JsonSerializer.SerializeToNode(s.Parameters.ToDictionary(p => p.Key, p => p.Value?.ToString())),
            }).ToArray()),
            ["labels"] = new JsonArray(GraphLabels.NodeLabels.Select(l => (JsonNode)JsonValue.Create(l)).ToArray()),
            ["relationshipTypes"] = new JsonArray(GraphLabels.RelationshipTypes.Select(t => (JsonNode)JsonValue.Create(t)).ToArray()),
        };
        var result = NodeTool.Run("cypher-lint.mjs", [], input.ToJsonString());
        Assert.True(result.ExitCode == 0, result.StdErr);
        return JsonNode.Parse(result.StdOut)!.AsArray().Select(r => new LintResult(
            (string)r!["name"]!,
            r["diagnostics"]!.AsArray().Select(d => $"{d!["line"]}:{d["column"]} {d["message"]}").ToArray())).ToArray();
    }

    /// <summary>Asserts that the linter reports nothing for any statement.</summary>
    public static void AssertLintsClean(IEnumerable<LintInput> statements)
    {
        var results = Lint(statements);
        Assert.NotEmpty(results);
        var problems = results.Where(r => r.Diagnostics.Count > 0).Select(r => r.Name + ": " + string.Join("; ", r.Diagnostics)).ToArray();
        Assert.True(problems.Length == 0, string.Join("\n", problems));
    }

    /// <summary>Tokenizes <paramref name="cypher"/> with Neo4j's lexer.</summary>
    public static Tokens Tokenize(string cypher)
    {
        var result = NodeTool.Run("cypher-literals.mjs", [], cypher);
        Assert.True(result.ExitCode == 0, result.StdErr);
        var json = JsonNode.Parse(result.StdOut)!;
        return new Tokens(
            json["strings"]!.AsArray().Select(s => FromUtf16Hex((string)s!)).ToArray(),
            json["keywords"]!.AsArray().Select(s => (string)s!).ToArray(),
            json["labels"]!.AsArray().Select(s => (string)s!).ToArray());
    }

    private static string FromUtf16Hex(string hex)
    {
        var chars = new char[hex.Length / 4];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)Convert.ToUInt16(hex.Substring(i * 4, 4), 16);
        }

        return new string(chars);
    }
}
