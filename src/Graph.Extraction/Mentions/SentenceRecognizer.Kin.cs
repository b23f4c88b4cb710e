using Graph.Extraction.Resources;
using Graph.Extraction.Sentences;
using Graph.Extraction.Tokens;
using Graph.Model;

namespace Graph.Extraction.Mentions;

/// <summary>Persons named after a family tie.</summary>
internal sealed partial class SentenceRecognizer
{
    /// <summary>
    /// "their daughter, Jane", "his brother Tom Roe": a name right after a noun of family ties is a person's, even a
    /// given name alone, which then counts as a known name elsewhere in the article.
    /// </summary>
    private int TryKinName(Sentence sentence, GazetteerEntry?[] gazetteer, int i, List<EntityMention> result)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        if (t[i].IsCapitalized || !_lexicon.FunctionWords("kin").Contains(t[i].Lower))
        {
            return -1;
        }

        int start = At(t, i + 1)?.Text == "," ? i + 2 : i + 1;
        int end = ReadName(t, start, gazetteer);
        if (end == start || end - start > 3 || At(t, end) is { IsCapitalized: true }
            || Enumerable.Range(start, end - start).Any(k => (!IsNameWord(t[k], gazetteer[k]) && !IsParticle(t[k])) || MatchTitle(t, k).Title is not null))
        {
            return -1;
        }

        result.Add(Make(sentence, start, end, MentionKind.Name, EntityType.Person, Surface(t, start, end)));
        return end;
    }
}
