using Graph.Extraction.Events;
using Graph.Extraction.Mentions;
using Graph.Extraction.Sentences;

namespace Graph.Extraction.Coreference;

/// <summary>
/// "As part of their visit to Houston, A and B met X", "In his speech, A said ...": a pronoun in a phrase that opens the
/// sentence, before the main clause's subject, points forward to that subject, not back to whoever the text named last.
/// </summary>
internal static class Cataphora
{
    /// <summary>Gives each such pronoun of the sentence the entities of the main clause's subject, when they agree in number.</summary>
    public static void Resolve(Sentence sentence, List<EntityMention> mentions)
    {
        if (sentence.Parse is not { } parse || !mentions.Any(m => m.Kind == MentionKind.Pronoun))
        {
            return;
        }

        var view = new ClauseView(parse, mentions);
        int root = Enumerable.Range(0, view.Tokens.Count).FirstOrDefault(k => view.Tokens[k].Relation == "root", -1);
        int subject = root < 0 ? -1 : view.Children(root, "nsubj").DefaultIfEmpty(-1).First();
        if (subject < 0)
        {
            return;
        }

        var named = view.Conjuncts(subject).Select(view.MentionAt).Where(m => m is { Kind: MentionKind.Name, EntityIds.Count: > 0 }).ToList();
        if (named.Count == 0)
        {
            return;
        }

        foreach (EntityMention pronoun in mentions.Where(m => m.Kind == MentionKind.Pronoun && m.TokenStart < subject))
        {
            int token = Array.FindIndex(view.Tokens.ToArray(), t => t.Start >= pronoun.Span.Start);
            // "A and B met": coordinated subjects are plural however many of them are named people.
            bool plural = view.Conjuncts(subject).Count() > 1 || named.Count > 1 || named[0]!.IsPlural;
            if (token < 0 || token >= subject || !Fronted(view, token, root, subject) || pronoun.IsPlural != plural)
            {
                continue;
            }

            pronoun.EntityIds.Clear();
            foreach (string id in named.SelectMany(m => m!.EntityIds).Distinct(StringComparer.Ordinal))
            {
                pronoun.EntityIds.Add(id);
            }
        }
    }

    /// <summary>True when the token lies in a modifier of the root that comes before the subject ("As part of their visit, ...").</summary>
    private static bool Fronted(ClauseView view, int token, int root, int subject)
    {
        int node = token;
        for (int depth = 0; depth < 12 && node >= 0; depth++)
        {
            int head = view.Head(node);
            if (head == root)
            {
                return node < subject && view.BaseRelation(node) is "obl" or "advcl" or "advmod";
            }

            node = head;
        }

        return false;
    }
}
