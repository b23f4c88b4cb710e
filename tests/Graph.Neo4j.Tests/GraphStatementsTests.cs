using Graph.Model;
using Graph.Neo4j.Tests.Support;
using Graph.Testing;

namespace Graph.Neo4j.Tests;

public sealed class GraphStatementsTests
{
    private static readonly Dictionary<string, object?> RowsParameter = new() { [CypherStatement.RowsParameter] = "[]" };

    [SkippableFact]
    public void EveryPushStatement_LintsWithZeroDiagnostics_GivenItsParameters()
    {
        Skip.IfNot(NodeTool.IsInstalled, "tests/js/node_modules missing: run (cd tests/js && npm ci)");

        // Arrange: schema statements take no parameters, batched statements take $rows.
        var inputs = GraphStatements.Schema.Select((s, i) => new CypherTools.LintInput("schema " + i, s, new Dictionary<string, object?>()))
            .Concat(GraphStatements.Batched.Select(s => new CypherTools.LintInput(s.Name, s.Text, RowsParameter)));

        // Act + Assert: labels and types outside the closed sets would be reported too.
        CypherTools.AssertLintsClean(inputs);
    }

    [SkippableFact]
    public void Linter_ReportsUndeclaredParameterAndUnknownLabel()
    {
        Skip.IfNot(NodeTool.IsInstalled, "tests/js/node_modules missing: run (cd tests/js && npm ci)");

        // The check above can fail: the same linter flags a missing parameter, and a label or type outside
        // the closed sets where the database is read (it does not check labels that writes add).
        var results = CypherTools.Lint([
            new CypherTools.LintInput("param", GraphStatements.ArticleNodes.Text, new Dictionary<string, object?>()),
            new CypherTools.LintInput("label", "MATCH (n:Pwned) RETURN n", new Dictionary<string, object?>()),
            new CypherTools.LintInput("type", "MATCH (a)-[:PWNS]->(b) RETURN a", new Dictionary<string, object?>()),
        ]);

        Assert.All(results, r => Assert.NotEmpty(r.Diagnostics));
    }

    [Fact]
    public void Statements_WriteOnlyByMerge_AndSetOnlyChangedProperties()
    {
        foreach (CypherStatement statement in GraphStatements.All)
        {
            Assert.StartsWith("UNWIND $rows AS row\n", statement.Text, StringComparison.Ordinal);
            Assert.Contains("MERGE (", statement.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("CREATE", statement.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("DELETE", statement.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("REMOVE", statement.Body, StringComparison.Ordinal);
            if (statement.Body.Contains("SET x = ", StringComparison.Ordinal))
            {
                Assert.Contains("WHERE properties(x) <> row.props\nSET x = row.props", statement.Body, StringComparison.Ordinal);
            }
        }

        Assert.All(GraphStatements.Schema.SkipLast(1), s => Assert.Contains("IF NOT EXISTS", s, StringComparison.Ordinal));
    }

    [Fact]
    public void Labels_ComeFromClosedSets_AndNamedEventsDoNotCollideWithEvents()
    {
        Assert.Equal("NamedEvent", GraphLabels.Of(EntityType.Event));
        Assert.Equal(Enum.GetValues<EntityType>().Length + 3, GraphLabels.NodeLabels.Count);
        Assert.Equal(GraphLabels.NodeLabels.Count, GraphLabels.NodeLabels.Distinct().Count());
        Assert.Equal(PredicateInfo.All.Count + 6, GraphLabels.RelationshipTypes.Count);
        Assert.Equal(
            Enum.GetValues<EntityType>().Length + PredicateInfo.All.Count + 8,
            GraphStatements.All.Select(s => s.Name).Distinct().Count());
        Assert.Contains("SET x:NamedEvent", GraphStatements.EntityNodes(EntityType.Event).Body, StringComparison.Ordinal);
        Assert.Contains("[x:IMPOSE_SANCTIONS {id: row.id}]", GraphStatements.Relation(Predicate.ImposeSanctions).Body, StringComparison.Ordinal);
        Assert.Contains("MERGE (a)-[:ACCORDING_TO]->(b)", GraphStatements.EventSources.Body, StringComparison.Ordinal);
        Assert.Contains("(b:Entity {id: row.to})", GraphStatements.EventSources.Body, StringComparison.Ordinal);
    }
}
