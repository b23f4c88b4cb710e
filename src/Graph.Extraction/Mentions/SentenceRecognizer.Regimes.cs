using Graph.Extraction.Sentences;
using Graph.Extraction.Tokens;
using Graph.Model;

namespace Graph.Extraction.Mentions;

/// <summary>Leaders named by the government they head.</summary>
internal sealed partial class SentenceRecognizer
{
    private static readonly HashSet<string> GoverningNouns = new(StringComparer.Ordinal) { "regime", "government", "administration", "junta", "cabinet" };

    /// <summary>
    /// "the Putin regime", "the Maduro government": a known officeholder's surname before a noun for the government
    /// they head names them, as a modifier of that noun.
    /// </summary>
    private int TryRegimeLeader(Sentence sentence, int i, List<EntityMention> result)
    {
        IReadOnlyList<Token> t = sentence.Tokens;
        // The determiner is read here, or the phrase would be taken for a description of a government ("the ... regime").
        int name = t[i].Lower == "the" ? i + 1 : i;
        if (name + 1 >= t.Count || !t[name].IsCapitalized || !GoverningNouns.Contains(t[name + 1].Text) || !_gazetteer.Officeholders.IsSurname(t[name].Text))
        {
            return -1;
        }

        EntityMention leader = Make(sentence, name, name + 1, MentionKind.Name, EntityType.Person, t[name].Text);
        leader.IsModifier = true;
        result.Add(leader);
        return name + 1;
    }
}
