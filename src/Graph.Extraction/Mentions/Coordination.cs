using Graph.Extraction.Tokens;
using Graph.Model;

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
            .Where(m => (m.EntityIds.Count > 0 || (m.Kind == MentionKind.Descriptor && m.Head is "charge" or "request" or "protest")) && m.Kind != MentionKind.Adjective)
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

        var chains = new List<List<EntityMention>>();
        foreach (EntityMention m in outermost)
        {
            List<EntityMention>? current = chains.Count > 0 ? chains[^1] : null;
            if (current is not null && !current[^1].IsModifier && Compatible(current[^1], m) && Joinable(tokens, current[^1].TokenEnd, m.TokenStart))
            {
                current.Add(m);
            }
            else
            {
                chains.Add([m]);
            }
        }

        var groups = new List<Coordination>();
        foreach (List<EntityMention> chain in chains)
        {
            // A list closes with "and"/"or" ("A, B and C"); "King Abdullah, Blinken attended" is two clauses.
            var tail = new List<EntityMention>();
            while (chain.Count > 1 && !HasConjunction(tokens, chain[^2].TokenEnd, chain[^1].TokenStart))
            {
                tail.Insert(0, chain[^1]);
                chain.RemoveAt(chain.Count - 1);
            }

            groups.Add(new Coordination([.. chain]));
            groups.AddRange(tail.Select(m => new Coordination([m])));
        }

        return groups;
    }

    private static bool Compatible(EntityMention a, EntityMention b) =>
        // People are listed with people, and countries, bodies and groups with each other: "Kuwait, and Blinken" is two clauses.
        (a.EffectiveType == EntityType.Person) == (b.EffectiveType == EntityType.Person);

    private static bool HasConjunction(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (tokens[k].Lower is "and" or "or")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when only commas, "and", "or" and "the" stand between two mentions, one joiner at least.</summary>
    public static bool Joinable(IReadOnlyList<Token> tokens, int from, int to)
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
