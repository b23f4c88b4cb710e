using System.Globalization;
using Graph.Model;

namespace Graph.Extraction.Resources.Derivation;

/// <summary>
/// Turns the CAMEO verb dictionary into event patterns: every verb of a block gives a row of its own (its
/// bare use, with the verb's or the block's code) and a row per pattern of its block written for it; codes
/// go through <see cref="CameoCodeMap"/>, shapes through <see cref="TriggerShapeReader"/>; what cannot be held
/// is counted.
/// </summary>
/// <remarks><para>
/// A pattern's comment names the verb it was written for (the blocks merged older per-verb lists). A pattern
/// applies to the verbs its comment names; to the single-word verbs of its block too when it is coded in the
/// block's own CAMEO root (the first two digits: it restates the block's meaning with a noun) or when its
/// comment names no verb, unless the verb's bare use is excluded for another sense. Phrasal verbs are idioms: a phrasal verb ("clear up") takes only the patterns that
/// name it, and a pattern with a particle ("* UP PRESSURE # STEP") applies only to the verbs it names. Applied to every synonym, "* DEAL [057] # STRIKE" in the fighting block
/// would make "attack a deal" an agreement, and "* VISIT [042:043] # CONCLUDE" in the cancelling block
/// would make "cancel a visit" a visit.
/// </para><para>
/// When several lines give one reading (the same verb in two blocks, or a pattern coded twice), one row
/// is kept: the predicate given by the most lines; on a tie the predicate whose best code is the most
/// specific (<see cref="CameoCodeMap.Specificity"/>), then the one seen first. Of that predicate's rows, the
/// one with the most specific code, then the first in the file.
/// </para></remarks>
internal static class CameoEventDeriver
{
    /// <summary>Derives the rows of <paramref name="dictionary"/>, counting into <paramref name="counts"/>.</summary>
    /// <param name="dictionary">The dictionary.</param>
    /// <param name="sourceName">The file name written in the origin column (<c>CAMEO.2.0.txt</c>).</param>
    /// <param name="counts">Where to count.</param>
    /// <param name="otherSense">Single-word verbs whose bare use the project excludes because
    /// their common sense is not their block's: the patterns that restate the block's meaning do not apply to them.</param>
    public static IReadOnlyList<EventPattern> Derive(
        CameoDictionary dictionary, string sourceName, DerivationCounts counts, IReadOnlySet<string>? otherSense = null)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(counts);
        counts.Synsets = dictionary.Synsets.Count;
        counts.Blocks = dictionary.Blocks.Count;
        counts.Transformations = dictionary.Transformations;
        var candidates = new List<Candidate>();
        foreach (CameoVerbBlock block in dictionary.Blocks)
        {
            var patterns = new List<(CameoPattern Pattern, TriggerShape Shape, Predicate Predicate, string Code)>();
            foreach (CameoPattern pattern in block.Patterns)
            {
                counts.PatternLines++;
                if (pattern.Error is not null)
                {
                    counts.SkipPattern("malformed line");
                }
                else if (Coded(pattern.Code, counts, counts.SkipPattern) is { } coded)
                {
                    if (TriggerShapeReader.FromPattern(pattern, dictionary.Synsets, out string reason) is { } shape)
                    {
                        patterns.Add((pattern, shape, coded.Predicate, coded.Code));
                    }
                    else
                    {
                        counts.SkipPattern(reason);
                    }
                }
            }

            foreach (CameoVerb verb in block.Verbs)
            {
                counts.VerbLines++;
                TriggerShape? verbShape = TriggerShapeReader.FromVerb(verb, out string reason, out bool takesPatterns);
                if (verbShape is null)
                {
                    counts.SkipVerbLine(reason);
                    foreach (var _ in patterns)
                    {
                        counts.SkipCombination("verb line skipped");
                    }

                    continue;
                }

                if (Coded(verb.Code ?? block.Code, counts, counts.SkipVerbLine) is { } coded)
                {
                    candidates.Add(Candidate.Of(verb.Verb, verbShape, coded.Predicate, coded.Code, sourceName, verb.Line));
                }

                foreach (var (pattern, shape, predicate, code) in patterns)
                {
                    if (!AppliesTo(pattern, shape, code, verb, block, otherSense))
                    {
                        counts.SkipCombination(AppliesTo(pattern, shape, code, verb, block, null) ? "verb excluded for another sense" : "pattern written for another verb");
                    }
                    else if (!takesPatterns)
                    {
                        counts.SkipCombination("a verb with its own noun or preposition takes no block pattern");
                    }
                    else if (verbShape.Particle is not null && shape.Particle is not null)
                    {
                        counts.SkipCombination("particle in both the verb and the pattern");
                    }
                    else
                    {
                        candidates.Add(Candidate.Of(verb.Verb, shape.WithParticle(verbShape.Particle), predicate, code, sourceName, pattern.Line));
                    }
                }
            }
        }

        counts.CandidateRows = candidates.Count;

        // First one row per reading; then one per key, where a support noun's usual preposition is the one
        // another line marks ("* TALKS" and "* TALKS (WITH)").
        EventPattern[] kept = [.. candidates
            .GroupBy(c => c.Reading, StringComparer.Ordinal).Select(g => Choose([.. g], counts))
            .GroupBy(c => c.Pattern.Key, StringComparer.Ordinal).Select(g => Choose([.. g], counts).Pattern)];
        counts.DerivedRows = kept.Length;
        counts.DuplicateRows = candidates.Count - kept.Length;
        return kept;
    }

    private static bool AppliesTo(CameoPattern pattern, TriggerShape shape, string code, CameoVerb verb, CameoVerbBlock block, IReadOnlySet<string>? otherSense) =>
        pattern.NamedVerbs.Any(verb.IsNamedBy)
        || (verb.AfterVerb.Count == 0 && shape.Particle is null && otherSense?.Contains(verb.Verb) != true
            && (pattern.NamedVerbs.Count == 0 || (block.Code.Forward is { } blockCode && string.CompareOrdinal(blockCode, 0, code, 0, 2) == 0)));

    // The code a line's event is coded with, mapped; null (counted) when the line codes no event of the
    // source on the target or its code fits no predicate.
    private static (Predicate Predicate, string Code)? Coded(CameoCode code, DerivationCounts counts, Action<string> skip)
    {
        if (!code.IsReadable)
        {
            skip("unreadable code");
            return null;
        }

        if (code.Forward is null)
        {
            skip(code.Reverse is null ? "null code (no event)" : "reverse event only ([:code])");
            return null;
        }

        if (CameoCodeMap.Map(code.Forward, out string reason) is not { } predicate)
        {
            counts.DropCode(reason);
            return null;
        }

        return (predicate, code.Forward);
    }

    private static Candidate Choose(Candidate[] group, DerivationCounts counts)
    {
        if (group.Length == 1)
        {
            return group[0];
        }

        var byPredicate = group.GroupBy(c => c.Pattern.Predicate).ToList();
        if (byPredicate.Count > 1)
        {
            counts.ConflictingKeys++;
        }

        IGrouping<Predicate, Candidate> chosen = byPredicate
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Max(c => CameoCodeMap.Specificity(c.Code)))
            .ThenBy(g => g.Min(c => c.Line))
            .First();
        return chosen.OrderByDescending(c => CameoCodeMap.Specificity(c.Code)).ThenBy(c => c.Line).First();
    }

    // Reading: the row's key with the target as the line marks it, before the predicate picks the prepositions
    // of a support noun, so that two codes for "express shock" compete instead of giving two rows.
    private sealed record Candidate(EventPattern Pattern, string Reading, string Code, int Line)
    {
        public static Candidate Of(string lemma, TriggerShape shape, Predicate predicate, string code, string source, int line) =>
            new(
                new EventPattern(
                    lemma, EventPos.Verb, shape.Particle, shape.Objects, shape.TargetFor(predicate), predicate, Cameo(code),
                    source + ":" + line.ToString(CultureInfo.InvariantCulture)),
                string.Join('\t', lemma, shape.Particle ?? "-", EventPatternFormat.ObjectColumn(shape.Objects), shape.Target?.ToString() ?? (shape.Objects.Count > 0 ? "support noun" : "obj")),
                code,
                line);

        // Two-digit codes are roots written short ("02" for 020); the column holds three or four digits.
        private static string Cameo(string code) => code.Length == 2 ? code + "0" : code;
    }
}
