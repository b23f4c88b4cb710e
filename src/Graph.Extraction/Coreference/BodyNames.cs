namespace Graph.Extraction.Coreference;

/// <summary>
/// One name for the two ways English names a government body: "Department of Justice" and "Justice Department",
/// "Ministry of Defence" and "Defence Ministry". Both become the short form, so an article that writes either, and
/// articles that write one each, give one entity (the form written stays an alias).
/// </summary>
internal static class BodyNames
{
    private static readonly string[] Heads = ["Department", "Ministry"];

    /// <summary>The short form of "HEAD of [the] X" where X is one to three capitalized words, otherwise the name itself.</summary>
    public static string Canonical(string name)
    {
        foreach (string head in Heads)
        {
            string prefix = head + " of ";
            if (!name.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            string rest = name[prefix.Length..];
            if (rest.StartsWith("the ", StringComparison.Ordinal))
            {
                rest = rest[4..];
            }

            // "Department of Health and Human Services" and "Ministry of Foreign Affairs of Japan" have no short form here.
            string[] words = rest.Split(' ');
            if (words.Length is >= 1 and <= 3 && words.All(w => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower)))
            {
                return rest + " " + head;
            }
        }

        return name;
    }
}
