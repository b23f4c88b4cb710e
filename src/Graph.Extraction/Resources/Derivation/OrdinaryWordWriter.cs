namespace Graph.Extraction.Resources.Derivation;

/// <summary>Writes the ordinary capitalized words (<see cref="WordUsage.OrdinaryCapitalizedWords"/>) as a lexicon file, one per line.</summary>
public static class OrdinaryWordWriter
{
    /// <summary>Writes a header naming the inputs, then the words in the given order, with '\n' line ends.</summary>
    public static void Write(TextWriter writer, IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(words);
        writer.Write("# Ordinary words that text also writes capitalized, counted in UD English EWT (CC BY-SA 4.0) and the press corpus "
            + "(public domain) by `graph derive-actors`; do not edit.\n");
        foreach (string word in words)
        {
            writer.Write(word + "\n");
        }
    }
}
