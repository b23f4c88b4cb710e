using System.Text;
using Graph.Neo4j.Tests.Support;
using Graph.Testing;

namespace Graph.Neo4j.Tests;

public sealed class CypherScriptWriterTests
{
    // Starting Neo4j's lexer is slow; the script is deterministic, so tokenize it once.
    private static readonly Lazy<CypherTools.Tokens> ScriptTokens = new(() => CypherTools.Tokenize(Script()));

    private static string Script(int batchSize = 2)
    {
        var writer = new StringWriter();
        CypherScriptWriter.Write(TestGraphs.Hostile(), writer, batchSize);
        return writer.ToString();
    }

    [SkippableFact]
    public void Write_HostileText_LintsWithZeroDiagnostics()
    {
        Skip.IfNot(NodeTool.IsInstalled, "tests/js/node_modules missing: run (cd tests/js && npm ci)");

        // Arrange
        string script = Script();

        // Act + Assert: the whole file, every statement, against the closed label and type sets.
        CypherTools.AssertLintsClean([new CypherTools.LintInput("graph.cypher", script, new Dictionary<string, object?>())]);
    }

    [SkippableFact]
    public void Write_HostileText_RoundTripsThroughNeo4jLexer()
    {
        Skip.IfNot(NodeTool.IsInstalled, "tests/js/node_modules missing: run (cd tests/js && npm ci)");

        // Arrange
        var source = TestGraphs.Hostile();
        var expected = source.Entities().SelectMany(e => e.Aliases.Append(e.Name))
            .Concat(source.Relations().SelectMany(r => r.Evidence.Select(e => e.Sentence)))
            .Concat(source.Articles().Select(a => a.FileName))
            .ToHashSet(StringComparer.Ordinal);

        // Act
        var tokens = ScriptTokens.Value;

        // Assert: every hostile text is one literal that decodes to exactly itself.
        foreach (string text in TestGraphs.HostileTexts)
        {
            Assert.Contains(text, tokens.Strings);
        }

        Assert.Superset(expected, tokens.Strings.ToHashSet(StringComparer.Ordinal));
    }

    [SkippableFact]
    public void Write_HostileText_WritesNoCreateOfDataAndNoDelete()
    {
        Skip.IfNot(NodeTool.IsInstalled, "tests/js/node_modules missing: run (cd tests/js && npm ci)");

        // Act: keywords as Neo4j's lexer sees them (text inside literals is not a keyword).
        var keywords = ScriptTokens.Value.Keywords;

        // Assert
        for (int i = 0; i < keywords.Count; i++)
        {
            if (keywords[i] == "CREATE")
            {
                Assert.Contains(keywords[i + 1], new[] { "CONSTRAINT", "INDEX" });
            }
        }

        Assert.DoesNotContain("DELETE", keywords);
        Assert.DoesNotContain("DETACH", keywords);
        Assert.DoesNotContain("REMOVE", keywords);
        Assert.Contains("MERGE", keywords);
        int merges = keywords.Count(k => k == "MERGE");
        int unwinds = keywords.Count(k => k == "UNWIND");
        Assert.Equal(unwinds, merges);
    }

    [SkippableFact]
    public void Write_EveryLabelAndType_ComesFromTheClosedSets()
    {
        Skip.IfNot(NodeTool.IsInstalled, "tests/js/node_modules missing: run (cd tests/js && npm ci)");

        // Act
        var names = ScriptTokens.Value.Labels.ToHashSet(StringComparer.Ordinal);

        // Assert
        Assert.Subset(GraphLabels.NodeLabels.Concat(GraphLabels.RelationshipTypes).ToHashSet(StringComparer.Ordinal), names);
        Assert.Contains("NamedEvent", names);
        Assert.Contains("DEMAND", names);
    }

    [Fact]
    public void Write_SameGraph_SameBytes()
    {
        // Act
        string first = Script();
        string second = Script();
        var file = new StringBuilder();
        using (var temp = new TempDirectory())
        {
            CypherScriptWriter.WriteFile(TestGraphs.Hostile(), temp.File("graph.cypher"), 2);
            file.Append(File.ReadAllText(temp.File("graph.cypher"), Encoding.UTF8));
            Assert.NotEqual(0xEF, File.ReadAllBytes(temp.File("graph.cypher"))[0]);
        }

        // Assert
        Assert.Equal(first, second);
        Assert.Equal(first, file.ToString());
        Assert.DoesNotContain('\r', first);
    }

    [Fact]
    public void Write_SchemaFirst_ThenOneStatementPerBatch()
    {
        // Arrange
        var batches = GraphBatches.Enumerate(TestGraphs.Hostile(), 2).ToList();

        // Act
        string script = Script();

        // Assert
        int lastSchema = GraphStatements.Schema.Max(s => script.IndexOf(s + ";\n", StringComparison.Ordinal));
        int firstUnwind = script.IndexOf("UNWIND [", StringComparison.Ordinal);
        Assert.True(lastSchema >= 0 && lastSchema < firstUnwind);
        foreach (GraphBatch batch in batches)
        {
            Assert.Contains($"// Batch {batch.Number}: {batch.Statement.Name}, rows: {batch.Rows.Count}\nUNWIND [", script, StringComparison.Ordinal);
        }

        Assert.Equal(batches.Count, script.Split("UNWIND [").Length - 1);
    }
}
