using Graph.Extraction.Resources;
using Graph.Extraction.Sentences;
using Graph.Extraction.Tokens;
using Graph.Model;

namespace Graph.Extraction.Mentions;

/// <summary>Event names built on a possessive.</summary>
internal sealed partial class SentenceRecognizer
{
    private const int MaxOwnerWords = 3;

    /// <summary>
    /// "St. Patrick's Day", "Saint Valentine's Day", "New Year's Day": a capitalized name, a possessive and an event's head
    /// word name the event, so the name before the possessive is no person.
    /// </summary>
    private int TryPossessiveEvent(Sentence sentence, int i, List<EntityMention> result)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        if (!t[i].IsCapitalized || _openers.Contains(t[i].Lower) || _stopWords.Contains(t[i].Lower))
        {
            return -1;
        }

        int k = i;
        while (k < t.Count && k - i < MaxOwnerWords && t[k].IsCapitalized)
        {
            k++;
        }

        if (k == i || At(t, k)?.Kind != TokenKind.Possessive || At(t, k + 1) is not { IsCapitalized: true } head
            || (_lexicon.NounKindOf(head.Text) & NounKind.EventNameHead) == 0)
        {
            return -1;
        }

        result.Add(Make(sentence, i, k + 2, MentionKind.Name, EntityType.Event, Surface(t, i, k + 2)));
        return k + 2;
    }
}
