using Graph.Extraction.Tokens;

namespace Graph.Extraction.Mentions;

/// <summary>A list of resolved mentions joined by commas and "and"/"or" ("Saudi Arabia, Bahrain, the UAE and Egypt").</summary>
/// <param name="Members">The mentions, in order.</param>
internal sealed record Coordination(IReadOnlyList<EntityMention> Members)
{
    public int TokenStart => Members[0].TokenStart;

    public int TokenEnd => Members[^1].TokenEnd;

    public EntityMention First => Members[0];

    public IEnumerable<string> EntityIds => Members.SelectMany(m => m.EntityIds).Distinct(StringComparer.Ordinal);

    /// <summary>Groups the argument mentions of a sentence (resolved, not adjectives, not nested) into coordinations.</summary>
    public static List<Coordination> Group(IReadOnlyList<Token> tokens, IEnumerable<EntityMention> mentions)
    {
        var arguments = mentions
            .Where(m => (m.EntityIds.Count > 0 || (m.Kind == MentionKind.Descriptor && m.Head == "charge")) && m.Kind != MentionKind.Adjective)
            .OrderBy(m => m.TokenStart).ThenByDescending(m => m.TokenEnd)
            .ToList();
        var outermost = new List<EntityMention>();
        foreach (EntityMention m in arguments)
        {
            if (outermost.Count == 0 || m.TokenStart >= outermost[^1].TokenEnd)
            {
                outermost.Add(m);
            }
        }

        var groups = new List<Coordination>();
        var current = new List<EntityMention>();
        foreach (EntityMention m in outermost)
        {
            if (current.Count > 0 && !(Joinable(tokens, current[^1].TokenEnd, m.TokenStart) && !current[^1].IsModifier))
            {
                groups.Add(new Coordination([.. current]));
                current.Clear();
            }

            current.Add(m);
        }

        if (current.Count > 0)
        {
            groups.Add(new Coordination([.. current]));
        }

        return groups;
    }

    private static bool Joinable(IReadOnlyList<Token> tokens, int from, int to)
    {
        if (to <= from)
        {
            return false;
        }

        bool sawJoiner = false;
        for (int k = from; k < to; k++)
        {
            string word = tokens[k].Lower;
            if (word is "," or "and" or "or")
            {
                sawJoiner = true;
            }
            else if (word is not "the")
            {
                return false;
            }
        }

        return sawJoiner;
    }
}
