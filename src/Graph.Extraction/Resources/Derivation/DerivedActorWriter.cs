using Graph.Model;

namespace Graph.Extraction.Resources.Derivation;

/// <summary>Writes derived actor rows as a gazetteer file: a header naming the columns, then one row per actor.</summary>
public static class DerivedActorWriter
{
    /// <summary>The column header line.</summary>
    public const string Header = "# name\taliases (|)\tforms matched only as written (|)\torigin";

    /// <summary>Writes the rows of <paramref name="type"/>, in the given order, with '\n' line ends.</summary>
    public static void Write(TextWriter writer, IEnumerable<DerivedActor> rows, EntityType type, string source)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        writer.Write($"# {type} names derived from {source} (PETRARCH2 Phoenix actor dictionaries, MIT) by `graph derive-actors`; do not edit.\n");
        writer.Write(Header + "\n");
        foreach (DerivedActor row in rows.Where(r => r.Type == type))
        {
            writer.Write($"{row.Name}\t{string.Join('|', row.Aliases)}\t{string.Join('|', row.ExactForms)}\t{row.Origin}\n");
        }
    }
}
