using Graph.Extraction.Resources;
using Graph.Extraction.Sentences;
using Graph.Extraction.Tokens;
using Graph.Model;

namespace Graph.Extraction.Mentions;

/// <summary>Newspapers and magazines known by one word.</summary>
internal sealed partial class SentenceRecognizer
{
    /// <summary>
    /// "The Guardian reported", "told the Telegraph": "the" and one capitalized publication word, with no capitalized
    /// word after it, name a newspaper or magazine (an organization).
    /// </summary>
    private int TryPublication(Sentence sentence, GazetteerEntry?[] gazetteer, int i, List<EntityMention> result)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        if (t[i].Lower != "the" || At(t, i + 1) is not { IsCapitalized: true } word || gazetteer[i + 1] is not null
            || (_lexicon.NounKindOf(word.Text) & NounKind.Publication) == 0
            || At(t, i + 2) is { IsCapitalized: true })
        {
            return -1;
        }

        result.Add(Make(sentence, i, i + 2, MentionKind.Name, EntityType.Organization, "The " + word.Text));
        return i + 2;
    }
}
