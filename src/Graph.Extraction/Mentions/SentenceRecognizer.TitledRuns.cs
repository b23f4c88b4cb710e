using Graph.Extraction.Resources;
using Graph.Extraction.Sentences;
using Graph.Extraction.Tokens;
using Graph.Model;

namespace Graph.Extraction.Mentions;

/// <summary>Persons at the end of a long capitalized title.</summary>
internal sealed partial class SentenceRecognizer
{
    /// <summary>
    /// "Deputy Secretary of State for Management Jane Roe": a title qualified beyond the listed forms still ends
    /// right before the name, so the name words after the last title word in the run are a person.
    /// Returns the end of the run when a person was found, otherwise null.
    /// </summary>
    private int? TryTrailingTitledName(Sentence sentence, GazetteerEntry?[] gazetteer, int start, int end, List<EntityMention> result)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        TitleEntry? last = null;
        int nameStart = -1;
        for (int k = start; k < end; k++)
        {
            (TitleEntry? title, int length) = MatchTitle(t, k);
            if (title is not null && title.Kind != TitleKind.Role)
            {
                last = title;
                nameStart = k + length;
                k += length - 1;
            }
        }

        // Two to four name words: a given name and a surname at least, so a lone capitalized word is not taken for one.
        if (last is null || end - nameStart < 2 || end - nameStart > 4 || ReadName(t, nameStart, gazetteer) != end)
        {
            return null;
        }

        result.Add(Make(sentence, start, end, MentionKind.Name, EntityType.Person, Surface(t, nameStart, end), title: last.Title, titleKind: last.Kind));
        return end;
    }
}
