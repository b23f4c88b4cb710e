using Graph.Extraction.Mentions;
using Graph.Extraction.Sentences;
using Graph.Model;
using Graph.Model.Extraction;
using Graph.Syntax;

namespace Graph.Extraction.Facts;

/// <summary>
/// Those who accompany someone go where that person goes: "A and B accompanied Dr. C on this delegation", "C, accompanied
/// by A and B, ..." or "C was accompanied by A", with C's visit to Mexico asserted in the article, gives A VISIT Mexico and
/// B VISIT Mexico, stated by the sentence that names the companions.
/// </summary>
internal static class Companions
{
    private const double Confidence = 0.7;

    public static void Add(ExtractionContext context)
    {
        var visits = context.Facts.All.Where(f => f.Predicate == Predicate.Visit && f.Status == FactStatus.Asserted).ToList();
        if (visits.Count == 0)
        {
            return;
        }

        foreach (Sentence sentence in context.Sentences)
        {
            if (sentence.Parse is not { } parse)
            {
                continue;
            }

            var mentions = context.MentionsIn(sentence.Index)
                .Where(m => m.EntityIds.Count > 0 && m.EffectiveType is EntityType.Person or EntityType.Country or EntityType.Organization).ToList();
            for (int verb = 0; verb < parse.Tokens.Count; verb++)
            {
                if (parse.Tokens[verb] is not { Lemma: "accompany", Upos: "VERB" } || Roles(parse, verb) is not var (companions, principal))
                {
                    continue;
                }

                var principals = Ids(parse, mentions, [principal]);
                foreach (ExtractedFact visit in visits.Where(v => principals.Contains(v.Subject)))
                {
                    foreach (string companion in Ids(parse, mentions, companions).Where(id => !principals.Contains(id) && id != visit.Object))
                    {
                        context.Facts.Add(new ExtractedFact(companion, Predicate.Visit, visit.Object, sentence.Text, sentence.Index, sentence.Span,
                            Date: null, Place: null, Title: null, Confidence));
                    }
                }
            }
        }
    }

    /// <summary>The words of the companions (with those coordinated with them) and of the one they accompany, or null.</summary>
    private static (List<int> Companions, int Principal)? Roles(ParsedSentence parse, int verb)
    {
        int? Child(int head, string relation) =>
            parse.Children(head).Where(c => parse.Tokens[c].Relation == relation).Select(c => (int?)c).FirstOrDefault();

        List<int> WithConjuncts(int word) => [word, .. parse.Children(word).Where(c => parse.Tokens[c].Relation == "conj")];

        // "A and B accompanied C".
        if (Child(verb, "nsubj") is int subject && Child(verb, "obj") is int accompanied)
        {
            return (WithConjuncts(subject), accompanied);
        }

        // The parser may split one agent phrase ("by Deputy Minister A and B") into several.
        var agents = parse.Children(verb).Where(c => parse.Tokens[c].Relation == "obl:agent"
            || (parse.Tokens[c].Relation == "obl" && parse.Children(c).Any(k => parse.Tokens[k] is { Relation: "case", Form: "by" }))).ToList();
        if (agents.Count == 0)
        {
            return null;
        }

        // "C was accompanied by A"; "C, accompanied by A, ..."; "C traveled to X, accompanied by A".
        int? principal = Child(verb, "nsubj:pass")
            ?? (parse.Tokens[verb].Relation == "acl" ? parse.Tokens[verb].Head : (int?)null)
            ?? (parse.Tokens[verb].Relation == "advcl" && parse.Tokens[verb].Head >= 0 ? Child(parse.Tokens[verb].Head, "nsubj") : null);
        return principal is int p ? (agents.SelectMany(WithConjuncts).ToList(), p) : null;
    }

    /// <summary>The entities of the mentions the words lie in.</summary>
    private static HashSet<string> Ids(ParsedSentence parse, List<EntityMention> mentions, IEnumerable<int> words)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (int word in words)
        {
            SyntaxToken token = parse.Tokens[word];
            if (mentions.FirstOrDefault(m => m.Span.Start <= token.Start && token.End <= m.Span.End) is { } mention)
            {
                ids.UnionWith(mention.EntityIds);
            }
        }

        return ids;
    }
}
