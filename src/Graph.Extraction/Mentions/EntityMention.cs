using Graph.Extraction.Resources;
using Graph.Model;

namespace Graph.Extraction.Mentions;

/// <summary>
/// A stretch of a sentence that refers to an entity. Recognisers set what the text says; the
/// coreference stage sets <see cref="EntityIds"/>.
/// </summary>
public sealed class EntityMention
{
    // Words that qualify a title itself, not whose it is ("Former President", "Deputy Prime Minister").
    private static readonly HashSet<string> TitleModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "former", "acting", "deputy", "interim", "vice", "first", "senior", "principal", "outgoing", "incoming", "then", "late", "assistant",
        "under", "co", "the", "dr", "mr", "mrs", "ms",
    };

    /// <summary>A word that qualifies a title itself, not whose it is ("former", "acting", "deputy").</summary>
    internal static bool IsTitleModifier(string word) => TitleModifiers.Contains(word.TrimEnd('.'));

    /// <summary>Index of the sentence.</summary>
    public required int SentenceIndex { get; init; }

    /// <summary>First token (inclusive).</summary>
    public required int TokenStart { get; init; }

    /// <summary>Last token (exclusive).</summary>
    public required int TokenEnd { get; init; }

    /// <summary>Character span in the article text.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The text, verbatim.</summary>
    public required string Surface { get; init; }

    /// <summary>How it refers.</summary>
    public required MentionKind Kind { get; init; }

    /// <summary>Entity type.</summary>
    public required EntityType Type { get; init; }

    /// <summary>Type of the resolved entity when it differs from <see cref="Type"/> (a capital acting as its country).</summary>
    public EntityType? ResolvedType { get; set; }

    /// <summary>The type the mention acts as: the resolved entity's type when set, else <see cref="Type"/>.</summary>
    public EntityType EffectiveType => ResolvedType ?? Type;

    /// <summary>Canonical name proposed by the recogniser (null for pronouns and descriptors).</summary>
    public string? Name { get; init; }

    /// <summary>Title the text gives the person ("Secretary of State").</summary>
    public string? Title { get; init; }

    /// <summary>Kind of <see cref="Title"/>.</summary>
    public TitleKind? TitleKind { get; init; }

    /// <summary>The country or organization the title is held in, as a mention inside this one.</summary>
    public EntityMention? TitleHolder { get; init; }

    /// <summary>
    /// True when the title is given with the country or body that holds it, whether recognized ("French President X") or
    /// not ("NAACP President Y"): words before the title qualify it.
    /// </summary>
    public bool IsTitleQualified => Title is not null
        && (TitleHolder is not null || (!Surface.StartsWith(Title, StringComparison.OrdinalIgnoreCase) && Surface.Contains(" " + Title + " ", StringComparison.Ordinal)));

    /// <summary>
    /// True when the mention gives an office or style ("President X") and nothing that may say whose: no recognized holder,
    /// no capitalized word before the title but one that only qualifies the title itself ("Former", "Deputy"), and no
    /// country, organization or group named as a mention of its own right before it ("European Commission President X",
    /// "NATO's Secretary General X").
    /// </summary>
    /// <param name="sentenceMentions">The mentions of this mention's sentence.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    public bool LeavesTitleHolderUnsaid(IEnumerable<EntityMention> sentenceMentions, IReadOnlyList<Tokens.Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(sentenceMentions);
        ArgumentNullException.ThrowIfNull(tokens);
        if (Title is null || TitleHolder is not null || TitleKind is not (Resources.TitleKind.Office or Resources.TitleKind.Style))
        {
            return false;
        }

        int at = Surface.StartsWith(Title, StringComparison.OrdinalIgnoreCase) ? -1 : Surface.IndexOf(" " + Title + " ", StringComparison.Ordinal);
        if (at > 0 && Surface[..at].Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => char.IsUpper(w[0]) && !TitleModifiers.Contains(w.TrimEnd('.'))))
        {
            return false;
        }

        int end = TokenStart > 0 && tokens[TokenStart - 1].Kind == Tokens.TokenKind.Possessive ? TokenStart - 1 : TokenStart;
        return !sentenceMentions.Any(m => m != this && m.TokenEnd == end && m.TokenStart < end
            && m.EffectiveType is EntityType.Country or EntityType.Organization or EntityType.Group);
    }

    /// <summary>Lower-case head noun of a descriptor or pronoun ("diplomat", "groups", "he").</summary>
    public string? Head { get; init; }

    /// <summary>True when the mention refers to several entities or to a plural group.</summary>
    public bool IsPlural { get; init; }

    /// <summary>True when the mention only qualifies a following noun ("Gulf officials") or sits inside a longer mention.</summary>
    public bool IsModifier { get; set; }

    /// <summary>The preposition just before the mention, lower case, if any.</summary>
    public string? Preposition { get; set; }

    /// <summary>True while a recogniser's guess still needs confirmation from the rest of the article.</summary>
    public bool IsTentative { get; set; }

    /// <summary>Other names the text gives the same entity here (an acronym in brackets, an apposition).</summary>
    public IList<string> Aliases { get; } = [];

    /// <summary>Sentence of the antecedent a plural reference was resolved to, when resolved by the coreference stage.</summary>
    public int? AntecedentSentence { get; set; }

    /// <summary>Resolved entity ids (several for a plural reference); empty when unresolved.</summary>
    public IList<string> EntityIds { get; } = [];

    /// <inheritdoc />
    public override string ToString() => $"{Surface} [{Kind} {Type}] -> {string.Join(",", EntityIds)}";
}
