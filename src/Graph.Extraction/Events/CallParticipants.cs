using Graph.Extraction.Mentions;
using Graph.Extraction.Sentences;
using Graph.Model;

namespace Graph.Extraction.Events;

/// <summary>
/// Who took part in the meeting an article reports, when it lists them in a sentence of their own: a readout
/// opens with "X held a call with European leaders", goes on with what "they" said, and only then names them
/// ("Participants in the call included A, B and C"). The plural noun of the opening stands for that list.
/// </summary>
internal static class CallParticipants
{
    private static readonly HashSet<string> ListNouns = new(StringComparer.Ordinal) { "participant", "attendee" };

    /// <summary>The entity ids the article lists as participants, in order; empty when it lists none.</summary>
    public static IReadOnlyList<string> Find(ExtractionContext context)
    {
        var ids = new List<string>();
        foreach (Sentence sentence in context.Sentences)
        {
            if (sentence.Parse is null || sentence.IsHeadline)
            {
                continue;
            }

            var view = new ClauseView(sentence.Parse, context.MentionsIn(sentence.Index));
            for (int token = 0; token < view.Tokens.Count; token++)
            {
                if (ListNouns.Contains(view.Lemma(token)) && view.Tokens[token].Relation == "nsubj" && Listed(view, view.Head(token)) is { } list)
                {
                    ids.AddRange(Named(context, view, list).Where(id => !ids.Contains(id)));
                }
            }
        }

        return ids;
    }

    /// <summary>
    /// The entities named in the list's phrase: its people when it names any ("President A of X, Prime Minister B
    /// of Y": a long list is rarely parsed as one clean coordination, so the whole phrase is read), else all of them.
    /// </summary>
    private static List<string> Named(ExtractionContext context, ClauseView view, int list)
    {
        var found = new List<string>();
        for (int k = 0; k < view.Tokens.Count; k++)
        {
            if (Within(view, k, list) && view.MentionAt(k) is { Kind: not MentionKind.Adjective and not MentionKind.Pronoun } mention)
            {
                found.AddRange(mention.EntityIds.Where(id => !found.Contains(id)));
            }
        }

        var people = found.Where(id => context.Entities.Find(id)?.Type == EntityType.Person).ToList();
        return people.Count > 0 ? people : found;
    }

    private static bool Within(ClauseView view, int token, int root)
    {
        for (int node = token, depth = 0; node >= 0 && depth < view.Tokens.Count; node = view.Head(node), depth++)
        {
            if (node == root)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first listed name: the object of "included", or the predicate noun of "were".</summary>
    private static int? Listed(ClauseView view, int head)
    {
        if (head < 0)
        {
            return null;
        }

        if (view.Lemma(head) == "include")
        {
            int obj = view.Child(head, "obj");
            return obj >= 0 ? obj : null;
        }

        return view.IsNoun(head) && view.Child(head, "cop") >= 0 ? head : null;
    }
}
