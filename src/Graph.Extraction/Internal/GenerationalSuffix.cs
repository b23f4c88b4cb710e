namespace Graph.Extraction.Internal;

/// <summary>"Jr.", "Sr.", "III": the words that follow a person's name to tell a generation apart, and are no name of their own.</summary>
internal static class GenerationalSuffix
{
    /// <summary>True for such a word, with or without its period or a comma after it.</summary>
    public static bool Is(string word) =>
        word.TrimEnd('.', ',') is "Jr" or "Sr" or "JR" or "SR" or "II" or "III" or "IV";
}
