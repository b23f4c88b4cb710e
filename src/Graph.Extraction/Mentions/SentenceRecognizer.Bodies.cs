using Graph.Extraction.Resources;
using Graph.Extraction.Sentences;
using Graph.Extraction.Tokens;
using Graph.Syntax;

namespace Graph.Extraction.Mentions;

/// <summary>Where the name of a body the recognizer finds ends.</summary>
internal sealed partial class SentenceRecognizer
{
    /// <summary>
    /// Where a body's name ends when the parse carries it on past the recognizer's span: the capitalized word after it,
    /// no title, goes on the multiword name its words make ("Harlow" in "chief executive of Harlow Energy"), unless a
    /// person's name starts there or it is a possessive's ("FIFA Men's World Cup").
    /// </summary>
    private int ContinuedByTheParse(Sentence sentence, int start, int end)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        while (At(t, end) is { IsCapitalized: true, IsWord: true } next && MatchTitle(t, end).Title is null
               && WordAt(sentence, t[start]) is { } first && WordAt(sentence, t[end - 1]) is { } last && WordAt(sentence, next) is { } word
               && word.Relation == "flat" && word.Head >= first.Index && word.Head <= last.Index
               && At(t, end + 1)?.Kind != TokenKind.Possessive && !sentence.Names.Any(n => n.Type == NameType.Person && n.Start == word.Index))
        {
            end++;
        }

        return end;
    }

    /// <summary>An organization name ends at its last head word after the first ("Refugee Council" in "Refugee Council Enver").</summary>
    private int OrganizationEnd(IReadOnlyList<Token> t, int start, int end)
    {
        for (int k = end - 1; k > start; k--)
        {
            if ((_lexicon.NounKindOf(t[k].Text) & NounKind.OrganizationHead) != 0)
            {
                return k + 1;
            }
        }

        return end;
    }
}
