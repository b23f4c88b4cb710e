namespace Graph.Extraction.Resources.Derivation;

/// <summary>
/// What the country dictionary tells about names: the first and last words of its people's names, which tell a
/// person's name from a body's, and its countries' names, which are places, not bodies.
/// </summary>
public sealed class ActorPeople
{
    /// <summary>A word tells a person only when at least this many people of the country dictionary bear it.</summary>
    internal const int MinNameCount = 2;

    private ActorPeople(IReadOnlySet<string> givenNames, IReadOnlySet<string> surnames, IReadOnlySet<string> places)
    {
        GivenNames = givenNames;
        Surnames = surnames;
        Places = places;
    }

    /// <summary>Nobody and nowhere.</summary>
    public static ActorPeople None { get; } = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>());

    /// <summary>First words of people's names, lower case.</summary>
    public IReadOnlySet<string> GivenNames { get; }

    /// <summary>Last words of people's names, lower case.</summary>
    public IReadOnlySet<string> Surnames { get; }

    /// <summary>Countries' names and synonyms, lower case.</summary>
    public IReadOnlySet<string> Places { get; }

    /// <summary>Reads the people and countries of the country dictionary's records.</summary>
    public static ActorPeople From(IReadOnlyList<PhoenixActor> actors, ActorNameCase caser, WordUsage usage)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(caser);
        ArgumentNullException.ThrowIfNull(usage);
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        var places = new HashSet<string>(StringComparer.Ordinal);
        foreach (PhoenixActor actor in actors)
        {
            // A country's record carries its bare code ("AFG"); a person holds roles ("AFGGOV").
            bool country = actor.Roles.Any(r => r.Code.Length == 3);
            foreach (string phrase in actor.Synonyms.Prepend(actor.Primary))
            {
                string written = caser.Write(phrase, out _).ToLowerInvariant();
                string[] words = written.Split(' ');
                if (country)
                {
                    places.Add(written);
                }
                else if (actor.Roles.Count > 0 && words.Length >= 2)
                {
                    first[words[0]] = first.GetValueOrDefault(words[0]) + 1;
                    last[words[^1]] = last.GetValueOrDefault(words[^1]) + 1;
                }
            }
        }

        return new ActorPeople(Names(first, usage), Names(last, usage), places);
    }

    private static HashSet<string> Names(Dictionary<string, int> counts, WordUsage usage) => counts
        .Where(w => w.Value >= MinNameCount && w.Key.Any(char.IsLetter) && !usage.IsOrdinary(w.Key)
            && !ActorWords.Heads.Contains(w.Key) && !ActorWords.Lower.Contains(w.Key) && !ActorWords.Articles.Contains(w.Key))
        .Select(w => w.Key)
        .ToHashSet(StringComparer.Ordinal);
}
