namespace Graph.Neo4j;

/// <summary>
/// One batched write statement: <c>UNWIND $rows AS row</c> followed by <see cref="Body"/>. The push sends
/// <see cref="Text"/> with the rows as the <c>rows</c> parameter; the script export writes the same body
/// after a literal list (<see cref="WithLiteralRows"/>), so the two can never drift apart.
/// </summary>
/// <param name="Name">Short name used in progress reports and error messages, e.g. <c>node:Article</c>.</param>
/// <param name="Body">Cypher run for each row (the variable <c>row</c> is bound to a map).</param>
/// <param name="IsRelationship">True for statements that write or delete relationships (the writes run after every node).</param>
public sealed record CypherStatement(string Name, string Body, bool IsRelationship)
{
    /// <summary>The parameter every batched statement reads its rows from.</summary>
    public const string RowsParameter = "rows";

    /// <summary>The parameterized statement the push sends.</summary>
    public string Text => WithLiteralRows("$" + RowsParameter);

    /// <summary>The statement with <paramref name="rows"/> (a Cypher list expression) in place of the parameter.</summary>
    public string WithLiteralRows(string rows)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteWithLiteralRows(writer, output => output.Write(rows));
        return writer.ToString();
    }

    /// <summary>
    /// Writes the statement with the list that <paramref name="writeRows"/> writes in place of the parameter: the text
    /// of <see cref="WithLiteralRows"/>, streamed, so a large batch is never held as one string.
    /// </summary>
    public void WriteWithLiteralRows(TextWriter output, Action<TextWriter> writeRows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(writeRows);
        output.Write("UNWIND ");
        writeRows(output);
        output.Write(" AS row\n");
        output.Write(Body);
    }
}
