namespace Graph.Extraction.Resources.Derivation;

/// <summary>One element of a CAMEO verb pattern.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Text">Upper-case word, synset name (without <c>&amp;</c>) or preposition; empty for markers and groups.</param>
/// <param name="Children">The elements inside a group or after a phrase's preposition.</param>
internal sealed record PatternElement(PatternElementKind Kind, string Text, IReadOnlyList<PatternElement> Children)
{
    /// <summary>An element without children.</summary>
    public static PatternElement Of(PatternElementKind kind, string text = "") => new(kind, text, []);

    /// <summary>The pattern syntax of this element.</summary>
    public override string ToString() => Kind switch
    {
        PatternElementKind.Word => Text,
        PatternElementKind.Synset => "&" + Text,
        PatternElementKind.Group => "{" + string.Join(' ', Children) + "}",
        PatternElementKind.Phrase => "(" + string.Join(' ', new[] { Text }.Concat(Children.Select(c => c.ToString()))) + ")",
        PatternElementKind.Verb => "*",
        PatternElementKind.Source => "$",
        PatternElementKind.Target => "+",
        PatternElementKind.Any => "^",
        _ => "%",
    };
}
