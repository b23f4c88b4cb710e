using System.Globalization;
using System.Text;
using Graph.Model;

namespace Graph.Neo4j;

/// <summary>
/// Writes the graph as a Cypher script for <c>cypher-shell -f graph.cypher</c>: the schema statements,
/// then the same batched statements the push sends (the deletions of what entity resolution retired, then every
/// MERGE), with literal rows in place of parameters. Running the script again changes nothing (deleting what is gone
/// changes nothing, MERGE on stable ids, properties set only when they differ, no CREATE of data). The same graph always gives the same bytes (UTF-8, <c>\n</c> line ends).
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

        // Row by row through one small buffer: a batch's literal runs to megabytes, and strings that large would pile
        // up as garbage for the whole export.
        var row = new StringBuilder();
        foreach (GraphBatch batch in GraphBatches.Enumerate(source, batchSize))
        {
            output.Write("\n// Batch ");
            output.Write(batch.Number.ToString(CultureInfo.InvariantCulture));
            output.Write(": ");
            output.Write(batch.Statement.Name);
            output.Write(", rows: ");
            output.Write(batch.Rows.Count.ToString(CultureInfo.InvariantCulture));
            output.Write('\n');
            batch.Statement.WriteWithLiteralRows(output, writer => WriteRows(writer, batch.Rows, row));
            output.Write(";\n");
        }
    }

    /// <summary>Writes the script to a UTF-8 file (no byte-order mark).</summary>
    public static void WriteFile(IGraphSource source, string path, int batchSize = GraphBatches.DefaultBatchSize)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Write(source, writer, batchSize);
    }

    private static void WriteRows(TextWriter output, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, StringBuilder row)
    {
        output.Write("[\n");
        for (int i = 0; i < rows.Count; i++)
        {
            row.Clear().Append("  ");
            CypherLiteral.Append(row, rows[i]);
            row.Append(i + 1 < rows.Count ? ",\n" : "\n");
            output.Write(row);
        }

        output.Write(']');
    }
}
