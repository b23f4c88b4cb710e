using Graph.Extraction.Resources.Derivation;
using Graph.Model;
using Graph.Testing;

namespace Graph.Extraction.Tests.Resources.Derivation;

public sealed class ActorDerivationTests
{
    private const string International = """
        NORTH_ATLANTIC_TREATY_ORGANIZATION_ [IGOWSTNAT]
        +NATO_
        +NATO_CHIEF_
        UN_SECRETARY_GENERAL
        +UNITED_NATIONS_CHIEF
        	[IGOUNO]
        KOFI_ANNAN_
        +KOFI_ATTA_ANNAN_
        	[IGOUNO 970101-061231]
        HAMMARSKJOLD_	[IGOUNO 530410-610918]
        WARSAW_TREATY_ORGANIZATION_	[IGOWSTWTO 550514-910701]
        ASEAN_COUNTRIES_ [IGOSEAASN]
        """;

    private const string MilNonState = """
        ANIMAL_LIBERATION_FRONT_(ALF)_ [INTREB]
        KURDISTAN_DEMOCRATIC_PARTY_ [IRQREB]
        HAMAS_
        +ISLAMIC_RESISTANCE_MOVEMENT
        +KHALED_MESHAAL
        +MESHAAL
        +NATO_
        	[PSEREBHMS]
        """;

    private const string Countries = """
        GHANA_ [GHA]
        KHALED_OMAR_
        	[EGYGOV 970101-061231]
        KHALED_HASSAN_
        	[JORGOV]
        KOFI_AWOONOR_
        	[GHAGOV]
        KOFI_MENSAH_
        	[GHAGOV]
        """;

    private static string Write(IReadOnlyList<DerivedActor> rows)
    {
        using var writer = new StringWriter();
        DerivedActorWriter.Write(writer, rows, EntityType.Organization, "test");
        DerivedActorWriter.Write(writer, rows, EntityType.Group, "test");
        return writer.ToString();
    }

    [Fact]
    public void Run_NamesAliasesTypesAndOrigins()
    {
        var (rows, counts) = ActorDerivation.Run(International, MilNonState, Countries, WordUsage.Empty);

        Assert.Equal(
            [
                new DerivedActor("Animal Liberation Front", [], [], EntityType.Group, "Phoenix.MilNonState.actors.txt:1"),
                new DerivedActor("Hamas", ["Islamic Resistance Movement", "NATO"], ["NATO"], EntityType.Group, "Phoenix.MilNonState.actors.txt:3"),
                new DerivedActor("Kurdistan Democratic Party", [], [], EntityType.Organization, "Phoenix.MilNonState.actors.txt:2"),
                new DerivedActor("North Atlantic Treaty Organization", [], [], EntityType.Organization, "Phoenix.International.actors.txt:1"),
                new DerivedActor("Warsaw Treaty Organization", [], [], EntityType.Organization, "Phoenix.International.actors.txt:11"),
            ],
            rows.OrderBy(r => r.Name, StringComparer.Ordinal),
            new DerivedActorComparer());
        Assert.Equal(3, counts.Rejected["role phrase"]);
        // Kofi Annan by his first name, Hammarskjold by his dated office.
        Assert.Equal(2, counts.Rejected["person record"]);
        Assert.Equal(1, counts.Rejected["short acronym"]);
        // Khaled Meshaal, then Meshaal alone.
        Assert.Equal(2, counts.Rejected["person"]);
        Assert.Equal(1, counts.Rejected["given by an earlier record"]);
        Assert.Equal(1, counts.Rejected["group of members"]);
    }

    [Fact]
    public void Run_Twice_WritesTheSameBytes()
    {
        string first = Write(ActorDerivation.Run(International, MilNonState, Countries, WordUsage.Empty).Rows);
        string second = Write(ActorDerivation.Run(International, MilNonState, Countries, WordUsage.Empty).Rows);

        Assert.Equal(first, second);
        Assert.StartsWith("# Organization names derived from test", first, StringComparison.Ordinal);
        Assert.Contains(DerivedActorWriter.Header + "\nKurdistan Democratic Party\t\t\tPhoenix.MilNonState.actors.txt:2\n", first, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Run_RealDictionaries_GiveTheCommittedGazetteersAndWordListByteForByte()
    {
        // Given the Phoenix dictionaries, the EWT treebank and the press corpus beside the repository
        string? shared = RepositoryPaths.Shared;
        string petrarch = shared is null ? string.Empty : Path.Combine(shared, "nlp", "petrarch2");
        string treebank = shared is null ? string.Empty : Path.Combine(shared, "nlp", "ud-ewt", "en_ewt-ud-train.conllu");
        string corpus = shared is null ? string.Empty : Path.Combine(shared, "corpus");
        Skip.If(!Directory.Exists(petrarch) || !File.Exists(treebank) || !Directory.Exists(corpus),
            "../shared/nlp/petrarch2, ../shared/nlp/ud-ewt or ../shared/corpus is absent: the derivation cannot be rerun");

        // When the derivation runs as `graph derive-actors` does
        WordUsage usage = WordUsage.From(File.ReadAllText(treebank), TextCorpus.Files(corpus).Select(File.ReadAllText));
        var (rows, _) = ActorDerivation.Run(
            File.ReadAllText(Path.Combine(petrarch, ActorDerivation.InternationalFile)),
            File.ReadAllText(Path.Combine(petrarch, ActorDerivation.MilNonStateFile)),
            File.ReadAllText(Path.Combine(petrarch, ActorDerivation.CountriesFile)),
            usage);

        // Then it writes exactly the committed files
        string folder = Path.Combine(RepositoryPaths.Root, "data", "gazetteer");
        foreach (var (file, type, source) in new[]
        {
            ("organizations.phoenix.tsv", EntityType.Organization, $"{ActorDerivation.InternationalFile} and {ActorDerivation.MilNonStateFile}"),
            ("groups.phoenix.tsv", EntityType.Group, ActorDerivation.MilNonStateFile),
        })
        {
            using var writer = new StringWriter();
            DerivedActorWriter.Write(writer, rows, type, source);
            Assert.True(
                writer.ToString() == File.ReadAllText(Path.Combine(folder, file)),
                $"data/gazetteer/{file} differs from the derivation: run `graph derive-actors` from the repository root");
        }

        using var officeholders = new StringWriter();
        OfficeholderWriter.Write(officeholders, OfficeholderDerivation.Run(File.ReadAllText(Path.Combine(petrarch, ActorDerivation.CountriesFile)), usage));
        Assert.True(
            officeholders.ToString() == File.ReadAllText(Path.Combine(folder, "officeholders.phoenix.tsv")),
            "data/gazetteer/officeholders.phoenix.tsv differs from the derivation: run `graph derive-actors` from the repository root");

        using var words = new StringWriter();
        OrdinaryWordWriter.Write(words, usage.OrdinaryCapitalizedWords());
        Assert.True(
            words.ToString() == File.ReadAllText(Path.Combine(RepositoryPaths.Root, "data", "lexicon", "ordinary-words.tsv")),
            "data/lexicon/ordinary-words.tsv differs from the derivation: run `graph derive-actors` from the repository root");
    }

    private sealed class DerivedActorComparer : IEqualityComparer<DerivedActor>
    {
        public bool Equals(DerivedActor? x, DerivedActor? y) =>
            x is not null && y is not null && x.Name == y.Name && x.Type == y.Type && x.Origin == y.Origin
            && x.Aliases.SequenceEqual(y.Aliases) && x.ExactForms.SequenceEqual(y.ExactForms);

        public int GetHashCode(DerivedActor obj) => obj.Name.GetHashCode(StringComparison.Ordinal);
    }
}
