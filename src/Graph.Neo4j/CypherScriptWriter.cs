using System.Globalization;
using System.Text;
using Graph.Model;

namespace Graph.Neo4j;

/// <summary>
/// Writes the graph as a Cypher script for <c>cypher-shell -f graph.cypher</c>: the schema statements,
/// then the same batched MERGE statements the push sends, with literal rows in place of parameters.
/// Running the script again changes nothing (MERGE on stable ids, properties set only when they
/// differ, no CREATE of data). The same graph always gives the same bytes (UTF-8, <c>\n</c> line ends).
/// </summary>
public static class CypherScriptWriter
{
    /// <summary>Writes the script for <paramref name="source"/> to <paramref name="output"/>.</summary>
    /// <param name="source">The graph.</param>
    /// <param name="output">Where the script goes.</param>
    /// <param name="batchSize">Rows per UNWIND statement.</param>
    public static void Write(IGraphSource source, TextWriter output, int batchSize = GraphBatches.DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);

        output.Write("// Knowledge graph for Neo4j. Run with: cypher-shell -f graph.cypher\n");
        output.Write("// Idempotent: every write MERGEs on a stable id and sets properties only when they differ.\n");
        output.Write("\n// Schema: uniqueness constraints on every MERGE key, lookup indexes.\n");
        foreach (string statement in GraphStatements.Schema)
        {
            output.Write(statement);
            output.Write(";\n");
        }

        var builder = new StringBuilder();
        foreach (GraphBatch batch in GraphBatches.Enumerate(source, batchSize))
        {
            builder.Clear();
            builder.Append("\n// Batch ").Append(batch.Number.ToString(CultureInfo.InvariantCulture))
                .Append(": ").Append(batch.Statement.Name).Append(", rows: ")
                .Append(batch.Rows.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
            builder.Append(batch.Statement.WithLiteralRows(RowsLiteral(batch.Rows))).Append(";\n");
            output.Write(builder.ToString());
        }
    }

    /// <summary>Writes the script to a UTF-8 file (no byte-order mark).</summary>
    public static void WriteFile(IGraphSource source, string path, int batchSize = GraphBatches.DefaultBatchSize)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Write(source, writer, batchSize);
    }

    private static string RowsLiteral(IReadOnlyList<IReadOnlyDictionary<string, object?>> rows)
    {
        var builder = new StringBuilder("[\n");
        for (int i = 0; i < rows.Count; i++)
        {
            builder.Append("  ");
            CypherLiteral.Append(builder, rows[i]);
            builder.Append(i + 1 < rows.Count ? ",\n" : "\n");
        }

        return builder.Append(']').ToString();
    }
}
