using Graph.Extraction.Tokens;
using Graph.Model;

namespace Graph.Extraction.Mentions;

/// <summary>
/// "Roe v. Wade", "Brown vs. Board of Education": the names on either side of "v." name a court case, not the people
/// or bodies acting in the sentence, so they give no person mention.
/// </summary>
internal static class CaseNames
{
    /// <summary>Removes the person mentions that stand right before or right after "v.", "vs." or "versus".</summary>
    public static void RemoveParties(IReadOnlyList<Token> tokens, List<EntityMention> mentions)
    {
        mentions.RemoveAll(m => m.Type == EntityType.Person && m.Kind == MentionKind.Name
            && (IsVersus(tokens, m.TokenStart - 1) || IsVersus(tokens, m.TokenEnd)));
    }

    private static bool IsVersus(IReadOnlyList<Token> tokens, int k)
    {
        if (k < 0 || k >= tokens.Count)
        {
            return false;
        }

        // The tokenizer may keep the period on the abbreviation or give it a token of its own.
        string word = tokens[k].Lower.TrimEnd('.');
        bool abbreviation = word is "v" or "vs";
        return word == "versus" || (abbreviation && (tokens[k].Text.EndsWith('.') || (k + 1 < tokens.Count && tokens[k + 1].Text == ".") || word == "v"));
    }
}
