using Graph.Extraction.Resources;
using Graph.Model;
using Graph.Store.Resolution;
using Graph.Syntax;

namespace Graph.Cli.Tests.Corpus;

/// <summary>
/// The entities of a real press corpus, as users meet them: one id per person, names that are names. Built once from
/// <c>../shared/corpus/whitehouse</c>; each test skips, saying why, when the corpus is not beside the repository.
/// </summary>
public sealed class WhiteHouseEntitiesTests : IClassFixture<WhiteHouseCorpus>
{
    private const string Absent = "../shared/corpus/whitehouse is absent beside the repository";

    private readonly WhiteHouseCorpus _corpus;

    public WhiteHouseEntitiesTests(WhiteHouseCorpus corpus) => _corpus = corpus;

    [SkippableFact]
    public void NoAliasIsSharedByTwoEntities()
    {
        IReadOnlyList<Entity> entities = Built();
        var shared = entities
            .SelectMany(e => e.Aliases.Select(a => (Key: AliasKey.Fold(a), e.Id)))
            .Concat(entities.Select(e => (Key: AliasKey.Fold(e.Name), e.Id)))
            .Distinct()
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .Where(g => g.Count() > 1 && entities.Any(e => g.Any(p => p.Id == e.Id) && e.Aliases.Any(a => AliasKey.Fold(a) == g.Key)))
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(p => p.Id))}")
            .ToList();

        Assert.True(shared.Count == 0, $"{shared.Count} aliases name two entities: {string.Join("; ", shared.Take(20))}");
    }

    [SkippableFact]
    public void NoAliasIsAFunctionWordOrARoleNoun()
    {
        Lexicon lexicon = ExtractionResources.Default.Lexicon;
        Gazetteer gazetteer = ExtractionResources.Default.Gazetteer;
        string[] kinds = ["determiner", "pronoun-person", "pronoun-thing", "pronoun-plural", "preposition"];
        var bad = Built()
            .SelectMany(e => e.Aliases.Select(a => (e.Id, Alias: a)))
            .Where(p =>
            {
                string[] words = p.Alias.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                string[] rest = words.Length > 1 && words[0] == "the" ? words[1..] : words;
                // "WHO" in capitals is an acronym, not "who".
                bool acronym = p.Alias.Length > 1 && p.Alias.All(c => !char.IsLetter(c) || char.IsUpper(c));
                return (words.Length == 1 && !acronym && (lexicon.EnglishStopWords.Contains(words[0]) || kinds.Any(k => lexicon.FunctionWords(k).Contains(words[0]))))
                    || (rest.Length > 0 && gazetteer.TitlesStartingWith(rest[0]).Any(t => t.Tokens.Select(w => w.ToLowerInvariant()).SequenceEqual(rest)));
            })
            .Select(p => $"{p.Id} \"{p.Alias}\"")
            .ToList();

        Assert.True(bad.Count == 0, $"{bad.Count} aliases are function words or role nouns: {string.Join("; ", bad.Take(20))}");
    }

    [SkippableFact]
    public void NoPersonIsAHeadlineFragment()
    {
        // A title-case headline's verb ("Okafor Announces Key", "Eze Rejects") read into a name.
        var fragments = Built()
            .Where(e => e.Type == EntityType.Person && e.Name.Contains(' ', StringComparison.Ordinal))
            .Where(e => IsHeadlineFragment(e.Name))
            .Select(e => e.Id)
            .ToList();

        Assert.True(fragments.Count == 0, $"{fragments.Count} people are headline fragments: {string.Join(", ", fragments.Take(20))}");
    }

    [Theory]
    [InlineData("Okafor Announces Key Nominees", true)]
    [InlineData("Eze Names Three Envoys", true)]
    [InlineData("Amara Okafor", false)]
    [InlineData("Chidi N. Eze", false)]
    [InlineData("Grace Hayes", false)]
    [InlineData("Dana L. Banks", false)]
    [InlineData("Grace Hapgood Waters", false)]
    public void IsHeadlineFragment_TellsAHeadlineVerbInAName(string name, bool fragment) =>
        Assert.Equal(fragment, IsHeadlineFragment(name));

    [SkippableFact]
    public void EachOfTheThirtyMostMentionedPeopleHasOneId()
    {
        IReadOnlyList<Entity> entities = Built();
        var people = entities.Where(e => e.Type == EntityType.Person).ToList();
        var top = people.OrderByDescending(e => _corpus.Mentions.GetValueOrDefault(e.Id)).ThenBy(e => e.Id, StringComparer.Ordinal).Take(30).ToList();

        var duplicates = new List<string>();
        foreach (Entity person in top)
        {
            string[] words = NameWords(person.Name);
            var others = people.Where(o => o.Id != person.Id).Where(o =>
            {
                string[] other = NameWords(o.Name);
                return words.Length == 1
                    ? other.Length > 1 && other[^1] == words[0] && top.Contains(o)
                    : other.Length > 1 && ((SameGiven(other[0], words[0]) && other[^1] == words[^1]) || (other[0] == words[^1] && other[^1] == words[0]));
            }).Select(o => o.Id).ToList();
            if (others.Count > 0)
            {
                duplicates.Add($"{person.Id} = {string.Join(", ", others)}");
            }
        }

        Assert.True(duplicates.Count == 0, $"{duplicates.Count} of the 30 most mentioned people have several ids: {string.Join("; ", duplicates)}");
    }

    // A capitalized word inside the name (neither first nor last), an ordinary word that, written in lower case, the
    // tagger reads as a verb in the present or past tense: a headline's verb ("Okafor Announces Key Nominees"). A surname that looks like
    // a verb or a plural comes last ("Dana Banks").
    private static bool IsHeadlineFragment(string name)
    {
        string[] words = name.Split(' ');
        string[] lowered = [words[0], .. words.Skip(1).Select(w => w.ToLowerInvariant())];
        return words.Length > 2 && SyntaxModel.Default.Parse(lowered).Tokens.Skip(1).SkipLast(1)
            .Any(t => t.Xpos is "VBZ" or "VBD" && char.IsUpper(words[t.Index][0]) && ExtractionResources.Default.Lexicon.IsOrdinaryWord(t.Form));
    }

    // "Tony" and "Antony": one given name written in full or familiarly; "Jill" and "Joe" are two.
    private static bool SameGiven(string a, string b) => GivenNames.Alike(a, b);

    // First and last words of a full name, folded, without initials and suffixes ("Amara N. Okafor, Jr." → amara, okafor).
    private static string[] NameWords(string name) =>
        [.. AliasKey.Fold(name).Replace(",", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.TrimEnd('.').Length > 1 && w.TrimEnd('.') is not ("jr" or "sr" or "ii" or "iii"))];

    private IReadOnlyList<Entity> Built()
    {
        Skip.If(_corpus.Entities is null, Absent);
        Assert.True(_corpus.BuildError is null, _corpus.BuildError);
        return _corpus.Entities!;
    }
}
