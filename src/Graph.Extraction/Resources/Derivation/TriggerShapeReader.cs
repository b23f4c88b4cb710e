namespace Graph.Extraction.Resources.Derivation;

/// <summary>
/// Reads the shape of a verb line or a pattern line in the event-pattern columns, or says why the line's
/// shape cannot be held by them.
/// </summary>
/// <remarks>
/// Patterns are read as PETRARCH2 reads them (bare words after <c>*</c> are nouns, <c>(PREP ...)</c> a
/// prepositional phrase), with the older TABARI habits the dictionary still holds: a bare particle first
/// (<c>* UP PRESSURE</c>) is the verb's particle, a bare preposition opens a phrase running to the end of the
/// line (<c>* ATTACK ON +</c>, <c>* AGAINST</c>), and <c>(AGAINST) +</c> is <c>(AGAINST +)</c>. A phrase may
/// hold the target but no other noun: the columns have no place for a noun the target does not carry.
/// </remarks>
internal static class TriggerShapeReader
{
    /// <summary>The shape of <paramref name="verb"/>; null with <paramref name="reason"/> when it has none.</summary>
    /// <param name="verb">The verb line.</param>
    /// <param name="reason">Why the line was skipped.</param>
    /// <param name="takesBlockPatterns">False for a verb that carries its own noun or preposition ("wage war",
    /// "ask for"): the block's patterns, written for the bare verb, do not apply to it.</param>
    public static TriggerShape? FromVerb(CameoVerb verb, out string reason, out bool takesBlockPatterns)
    {
        ArgumentNullException.ThrowIfNull(verb);
        takesBlockPatterns = false;
        reason = verb switch
        {
            _ when verb.BeforeVerb.Any() => "words before the verb",
            _ when verb.AfterVerb.Any(EnglishWords.Conjunctions.Contains) => "two verbs joined by and/or",
            _ when EnglishWords.Auxiliaries.Contains(verb.Verb) => "an auxiliary as the verb",
            _ when IsInflected(verb.Verb) => "primary form inflected (-ing, -ed)",
            _ when !EventPatternFormat.IsLemma(verb.Verb) => "not a word",
            _ => string.Empty,
        };
        if (reason.Length > 0)
        {
            return null;
        }

        IReadOnlyList<string> rest = verb.AfterVerb;
        int i = 0;
        string? particle = null, noun = null, preposition = null;
        if (i < rest.Count && (EnglishWords.Particles.Contains(rest[i]) || EnglishWords.VerbFinalParticles.Contains(rest[i])))
        {
            particle = rest[i++];
        }

        if (i < rest.Count && !EnglishWords.Prepositions.Contains(rest[i]) && !EnglishWords.Particles.Contains(rest[i]))
        {
            noun = NounLemma.Singular(rest[i++]);
        }

        if (i < rest.Count && EnglishWords.Prepositions.Contains(rest[i]))
        {
            preposition = rest[i++];
        }

        if (i < rest.Count || (noun is not null && !EventPatternFormat.IsLemma(noun)))
        {
            reason = "a multi-word verb the columns cannot hold";
            return null;
        }

        takesBlockPatterns = noun is null && preposition is null;
        return new TriggerShape(particle, noun is null ? [] : [noun], preposition is null ? null : EventTarget.Of([preposition]));
    }

    /// <summary>The shape of <paramref name="pattern"/>; null with <paramref name="reason"/> when it has none.</summary>
    public static TriggerShape? FromPattern(CameoPattern pattern, IReadOnlyDictionary<string, IReadOnlyList<string>> synsets, out string reason)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(synsets);
        reason = pattern switch
        {
            _ when pattern.BeforeVerb.Any(e => e.Kind == PatternElementKind.Target) => "target before the verb",
            _ when pattern.BeforeVerb.Any(e => e.Kind != PatternElementKind.Source) => "words required before the verb",
            _ when Flatten(pattern.AfterVerb).Any(e => e.Kind == PatternElementKind.Source) => "source after the verb",
            _ when Flatten(pattern.AfterVerb).Any(e => e.Kind == PatternElementKind.Compound) => "compound actor (%)",
            _ when Flatten(pattern.AfterVerb).Any(e => e.Kind == PatternElementKind.Any) => "placeholder phrase (^)",
            _ => string.Empty,
        };
        if (reason.Length > 0)
        {
            return null;
        }

        List<PatternElement> elements = [.. pattern.AfterVerb];
        string? particle = null;
        if (elements.Count > 0 && IsWord(elements[0], EnglishWords.Particles))
        {
            particle = elements[0].Text.ToLowerInvariant();
            elements.RemoveAt(0);
        }

        int bare = elements.FindIndex(e => IsWord(e, EnglishWords.Prepositions));
        if (bare >= 0)
        {
            elements = [.. elements[..bare], new PatternElement(PatternElementKind.Phrase, elements[bare].Text, elements[(bare + 1)..])];
        }

        if (elements.Count >= 2 && elements[^2] is { Kind: PatternElementKind.Phrase, Children.Count: 0 } empty && elements[^1].Kind == PatternElementKind.Target)
        {
            elements = [.. elements[..^2], empty with { Children = [elements[^1]] }];
        }

        return Read(elements, particle, synsets, out reason);
    }

    private static TriggerShape? Read(List<PatternElement> elements, string? particle, IReadOnlyDictionary<string, IReadOnlyList<string>> synsets, out string reason)
    {
        reason = string.Empty;
        int i = 0;
        IReadOnlyList<string> objects = [];
        bool targetIsObject = false;
        if (i < elements.Count && elements[i].Kind != PatternElementKind.Phrase)
        {
            PatternElement head = elements[i++];
            switch (head.Kind)
            {
                case PatternElementKind.Target:
                    targetIsObject = true;
                    break;
                case PatternElementKind.Word when EnglishWords.ClauseMarkers.Contains(head.Text.ToLowerInvariant()):
                    reason = "clause after the verb";
                    return null;
                case PatternElementKind.Word when IsAdverb(head.Text.ToLowerInvariant()):
                    reason = "adverb after the verb";
                    return null;
                case PatternElementKind.Word when !head.Text.Contains('_', StringComparison.Ordinal):
                    string lemma = NounLemma.Singular(head.Text);
                    if (!EventPatternFormat.IsLemma(lemma))
                    {
                        reason = "not a word";
                        return null;
                    }

                    objects = [lemma];
                    break;
                case PatternElementKind.Synset:
                    objects = Members(head.Text, synsets, out reason);
                    if (objects.Count == 0)
                    {
                        return null;
                    }

                    break;
                default:
                    reason = "multi-word noun group";
                    return null;
            }
        }

        if (i < elements.Count && elements[i].Kind != PatternElementKind.Phrase)
        {
            reason = targetIsObject ? "words after the target" : "several nouns in a row";
            return null;
        }

        EventTarget? target = targetIsObject ? EventTarget.Object : null;
        if (i < elements.Count)
        {
            PatternElement phrase = elements[i++];
            string preposition = phrase.Text.ToLowerInvariant();
            reason = phrase.Children switch
            {
                _ when targetIsObject => "target and a prepositional phrase",
                _ when !EnglishWords.Prepositions.Contains(preposition) => "phrase without a preposition",
                not ([] or [{ Kind: PatternElementKind.Target }]) => "noun required inside a prepositional phrase",
                _ when i < elements.Count => "several prepositional phrases",
                _ => string.Empty,
            };
            if (reason.Length > 0)
            {
                return null;
            }

            target = EventTarget.Of([preposition]);
        }

        return new TriggerShape(particle, objects, target);
    }

    // The single-word members of a synonym set, as singular lemmas; a set used before being defined is an error
    // of the dictionary, and phrases cannot be a support noun.
    private static IReadOnlyList<string> Members(string name, IReadOnlyDictionary<string, IReadOnlyList<string>> synsets, out string reason)
    {
        if (!synsets.TryGetValue(name, out IReadOnlyList<string>? members))
        {
            reason = "undefined synset";
            return [];
        }

        string[] lemmas = [.. members
            .Select(m => m.TrimEnd('_'))
            .Where(m => m.Length > 0 && !m.Contains('_', StringComparison.Ordinal) && !m.Contains(' ', StringComparison.Ordinal))
            .Select(NounLemma.Singular)
            .Where(EventPatternFormat.IsLemma)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
        reason = lemmas.Length == 0 ? "synset without single-word members" : string.Empty;
        return lemmas;
    }

    private static bool IsAdverb(string word) => word.EndsWith("ly", StringComparison.Ordinal) && !EnglishWords.NounsInLy.Contains(word);

    private static bool IsWord(PatternElement element, IReadOnlySet<string> words) =>
        element.Kind == PatternElementKind.Word && words.Contains(element.Text.ToLowerInvariant());

    private static IEnumerable<PatternElement> Flatten(IEnumerable<PatternElement> elements) =>
        elements.SelectMany(e => new[] { e }.Concat(Flatten(e.Children)));

    // A primary form written inflected ("DETERRING", "WORRIED"): base forms that merely end like one
    // ("BRING", "PROCEED", "EMBED") have no vowel before -ing, end in -eed, or are too short.
    private static bool IsInflected(string word) =>
        (word.EndsWith("ing", StringComparison.Ordinal) && word.Length >= 6 && word[..^3].Any(c => "aeiouy".Contains(c, StringComparison.Ordinal)))
        || (word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal) && word.Length >= 6);
}
