namespace Graph.Extraction.Resources.Derivation;

/// <summary>The closed classes of English words the dictionary's lines are read with, lower case.</summary>
internal static class EnglishWords
{
    /// <summary>Adverbial particles of phrasal verbs that are never prepositions in a pattern ("step UP pressure").</summary>
    public static IReadOnlySet<string> Particles { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "ahead", "apart", "aside", "away", "back", "down", "forth", "forward", "off", "out", "together", "up",
    };

    /// <summary>
    /// Words that are particles when they end a multi-word verb ("take OVER", "step IN") but prepositions
    /// when a noun may follow them in a pattern ("* IN ELECTION").
    /// </summary>
    public static IReadOnlySet<string> VerbFinalParticles { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "about", "along", "around", "behind", "in", "over", "through",
    };

    /// <summary>Prepositions.</summary>
    public static IReadOnlySet<string> Prepositions { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "about", "above", "across", "after", "against", "along", "alongside", "amid", "among", "around", "as", "at", "before", "behind",
        "below", "beneath", "beside", "between", "beyond", "by", "despite", "during", "for", "from", "in", "inside", "into",
        "near", "of", "on", "onto", "outside", "over", "past", "since", "than", "through", "throughout", "to", "toward",
        "towards", "under", "until", "upon", "via", "with", "within", "without",
    };

    /// <summary>Forms of the auxiliaries, which head no event of their own.</summary>
    public static IReadOnlySet<string> Auxiliaries { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "am", "are", "be", "been", "had", "has", "have", "is", "was", "were", "will", "would",
    };

    /// <summary>Words that open a clause, never a noun phrase ("* IF", "* THAT").</summary>
    public static IReadOnlySet<string> ClauseMarkers { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "because", "if", "that", "unless", "when", "whether", "while",
    };

    /// <summary>Nouns ending in -ly, which is otherwise the mark of an adverb ("* STRONGLY").</summary>
    public static IReadOnlySet<string> NounsInLy { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "ally", "anomaly", "assembly", "family", "monopoly", "rally", "reply", "supply",
    };

    /// <summary>Conjunctions that join two verbs into one dictionary entry ("kidnapped and killed").</summary>
    public static IReadOnlySet<string> Conjunctions { get; } = new HashSet<string>(StringComparer.Ordinal) { "and", "or" };
}
