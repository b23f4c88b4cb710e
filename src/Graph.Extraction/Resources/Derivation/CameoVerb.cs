namespace Graph.Extraction.Resources.Derivation;

/// <summary>
/// A verb line of a verb block: the primary form, for a multi-word verb its words joined by <c>_</c> with
/// <c>+</c> before the verb (<c>+CORDON_OFF</c>, <c>WIRE_+TAP</c>), then optional inflected forms in
/// <c>{...}</c> and an optional code of its own.
/// </summary>
/// <param name="Line">Its 1-based line number in the dictionary.</param>
/// <param name="Words">The words of the primary form, lower case.</param>
/// <param name="VerbIndex">Which of <paramref name="Words"/> is the verb.</param>
/// <param name="Forms">The inflected forms written in <c>{...}</c>, lower case, without the verb mark.</param>
/// <param name="Code">Its own code, or null when the block's code applies.</param>
internal sealed record CameoVerb(int Line, IReadOnlyList<string> Words, int VerbIndex, IReadOnlyList<string> Forms, CameoCode? Code)
{
    /// <summary>The primary form as written, lower case, without the verb mark (<c>set_up</c>).</summary>
    public string Written => string.Join('_', Words);

    /// <summary>The verb word.</summary>
    public string Verb => Words[VerbIndex];

    /// <summary>The words written before the verb ("wire" in "wire tap").</summary>
    public IEnumerable<string> BeforeVerb => Words.Take(VerbIndex);

    /// <summary>The words written after the verb ("off" in "cordon off").</summary>
    public IReadOnlyList<string> AfterVerb => [.. Words.Skip(VerbIndex + 1)];

    /// <summary>
    /// True when <paramref name="word"/>, a verb named in a pattern's comment, names this verb: its written
    /// form, or one of its forms followed by the rest of the verb ("called_off" names "call_off", "struck"
    /// names "strike"; "went_to", an older wording, names no verb).
    /// </summary>
    public bool IsNamedBy(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word == Written || Forms.Contains(word, StringComparer.Ordinal))
        {
            return true;
        }

        string[] parts = word.Split('_');
        bool inflected = Inflector.Forms(Verb).Contains(parts[0], StringComparer.Ordinal)
            || Forms.Any(f => f.Split('_').Contains(parts[0], StringComparer.Ordinal));
        return inflected && parts[1..].SequenceEqual(AfterVerb, StringComparer.Ordinal);
    }
}
