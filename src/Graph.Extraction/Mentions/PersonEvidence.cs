using Graph.Model;
using Graph.Syntax;

namespace Graph.Extraction.Mentions;

/// <summary>
/// What the dependency parse says about an untitled capitalized name: evidence that it names a person.
/// A name is a person when a role noun modifies it ("actor Jane Roe"), when it is the subject of a verb of
/// saying ("Jane Roe told reporters") or of an office ("Jane Roe is the finance minister", "served as minister"), or when
/// a common-noun apposition describes it ("Jane Roe, a lawyer").
/// </summary>
internal static class PersonEvidence
{
    /// <summary>Verbs whose complement is an office its subject holds: "served as minister", "became president", "was elected president".</summary>
    internal static readonly IReadOnlySet<string> OfficeVerbs = new HashSet<string>(StringComparer.Ordinal)
    {
        "serve", "become", "remain", "elect", "appoint", "name", "nominate", "act", "swear", "reelect", "re-elect",
    };

    /// <summary>True when the parse of the sentence shows the name in <paramref name="span"/> acting as a person.</summary>
    /// <param name="parse">The sentence's parse.</param>
    /// <param name="span">The name.</param>
    /// <param name="sayingLemmas">Verbs of saying.</param>
    /// <param name="titleHeads">Nouns titles are built on ("minister"): the subject of "is the minister", "served as
    /// minister", "became president" or "was elected president" holds an office, which only people do.</param>
    public static bool Supports(ParsedSentence? parse, TextSpan span, IReadOnlySet<string> sayingLemmas, IReadOnlySet<string> titleHeads)
    {
        if (parse is null || parse.Tokens.Count == 0)
        {
            return false;
        }

        int head = HeadOf(parse, span);
        if (head < 0)
        {
            return false;
        }

        SyntaxToken name = parse.Tokens[head];
        foreach (int child in parse.Children(head))
        {
            SyntaxToken dependent = parse.Tokens[child];
            bool outside = dependent.End <= span.Start || dependent.Start >= span.End;
            if (!outside)
            {
                continue;
            }

            // A lower-case role noun right before a name is its title ("creator", "actor", "lawyer"): only people hold roles.
            // UD English marks it compound or, in recent releases, nmod:desc.
            if (dependent.Relation is "compound" or "nmod:desc" && dependent.Upos == "NOUN" && dependent.End <= span.Start
                && child + 1 < parse.Tokens.Count && parse.Tokens[child + 1].Start >= span.Start
                && dependent.Form.All(c => !char.IsLetter(c) || char.IsLower(c)) && !dependent.Form.EndsWith('s'))
            {
                return true;
            }

            // "Jane Roe, a lawyer, ...": a singular common-noun apposition describes what the name is; a person-like one says who.
            if (dependent.Relation == "appos" && dependent.Upos == "NOUN" && dependent.Xpos == "NN"
                && parse.Children(child).Any(k => parse.Tokens[k].Relation == "nmod" || parse.Tokens[k].Relation == "nmod:poss"))
            {
                return true;
            }
        }

        // Speakers are people (or bodies, whose names carry an organization head word and never reach here).
        if (name.Relation is "nsubj" && name.Head >= 0 && parse.Tokens[name.Head].Upos == "VERB" && sayingLemmas.Contains(parse.Tokens[name.Head].Lemma))
        {
            return true;
        }

        return name.Relation is "nsubj" or "nsubj:pass" && name.Head >= 0 && HoldsATitle(parse, name.Head, titleHeads);
    }

    /// <summary>"X is the minister", "X served as minister", "X became president", "X was elected president".</summary>
    private static bool HoldsATitle(ParsedSentence parse, int predicate, IReadOnlySet<string> titleHeads)
    {
        bool IsTitle(int k) => parse.Tokens[k].Upos == "NOUN" && titleHeads.Contains(parse.Tokens[k].Lemma.ToLowerInvariant());

        if (IsTitle(predicate) && parse.Children(predicate).Any(k => parse.Tokens[k].Relation == "cop"))
        {
            return true;
        }

        return parse.Tokens[predicate].Upos == "VERB" && OfficeVerbs.Contains(parse.Tokens[predicate].Lemma.ToLowerInvariant())
            && parse.Children(predicate).Any(k => IsTitle(k)
            && (parse.Tokens[k].Relation is "xcomp" or "obj"
                || (parse.Tokens[k].Relation.StartsWith("obl", StringComparison.Ordinal) && parse.Children(k).Any(c => parse.Tokens[c].Lemma == "as"))));
    }

    /// <summary>The word of the span whose head lies outside it, or -1 when the parse does not align with the span.</summary>
    internal static int HeadOf(ParsedSentence parse, TextSpan span)
    {
        int found = -1;
        foreach (SyntaxToken token in parse.Tokens)
        {
            if (token.Start < span.Start || token.End > span.End)
            {
                continue;
            }

            bool headInside = token.Head >= 0 && parse.Tokens[token.Head].Start >= span.Start && parse.Tokens[token.Head].End <= span.End;
            if (!headInside)
            {
                if (found >= 0)
                {
                    return -1;
                }

                found = token.Index;
            }
        }

        return found;
    }
}
