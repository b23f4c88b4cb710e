using System.Globalization;

namespace Graph.Extraction.Resources.Derivation;

/// <summary>Writes derived officeholders as a gazetteer file: a header naming the columns, then one row per office.</summary>
public static class OfficeholderWriter
{
    /// <summary>The column header line.</summary>
    public const string Header = "# name\taliases (|)\tcountry\tsector\tfrom\tto\torigin";

    /// <summary>Writes the rows in the given order, with '\n' line ends; an open date is left empty.</summary>
    public static void Write(TextWriter writer, IEnumerable<DerivedOfficeholder> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        writer.Write($"# People and the public offices of a state they held, derived from {ActorDerivation.CountriesFile} "
            + "(PETRARCH2 Phoenix actor dictionaries, MIT) by `graph derive-actors`; do not edit.\n");
        writer.Write(Header + "\n");
        foreach (DerivedOfficeholder row in rows)
        {
            writer.Write($"{row.Name}\t{string.Join('|', row.Aliases)}\t{row.Country}\t{row.Sector}\t{Date(row.From)}\t{Date(row.To)}\t{row.Origin}\n");
        }
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
