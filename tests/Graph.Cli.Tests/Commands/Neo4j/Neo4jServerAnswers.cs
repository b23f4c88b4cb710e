using Graph.Bolt.Testing;
using Graph.Neo4j;

namespace Graph.Cli.Tests.Commands.Neo4j;

/// <summary>Answers the fake server gives to the push's statements.</summary>
internal static class Neo4jServerAnswers
{
    /// <summary>One node (or relationship) created per row sent; schema statements change nothing.</summary>
    public static StatementAnswer Counters(RecordedRun run)
    {
        var statement = GraphStatements.All.SingleOrDefault(s => s.Text == run.Query);
        if (statement is null || run.Parameters.GetValueOrDefault(CypherStatement.RowsParameter) is not IEnumerable<object?> rows)
        {
            return StatementAnswer.Empty;
        }

        return StatementAnswer.Updates((statement.IsRelationship ? "relationships-created" : "nodes-created", rows.Count()));
    }
}
