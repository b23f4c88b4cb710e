using Graph.Testing;
using Graph.Model;

namespace Graph.Rdf.Tests.Support;

/// <summary>
/// A realistic small graph: two news articles, people, countries, groups, a city, a named agreement, structural
/// relations (one with a position title) and actions with dates and places, one fact stated by both articles, and
/// facts the text does not assert: an attack denied by the actor and a support alleged by an accuser.
/// </summary>
public static class SampleGraph
{
    private static readonly string Article1 = StableId.Article(StableId.Sha256Hex("US Secretary of State Tillerson demands Iranian militias leave Iraq"));
    private static readonly string Article2 = StableId.Article(StableId.Sha256Hex("Gulf states cut ties with Qatar"));

    private static readonly Entity Tillerson = Person("Rex Tillerson", "Tillerson", "US Secretary of State", "the US diplomat");
    private static readonly Entity UnitedStates = Make(EntityType.Country, "United States", "US");
    private static readonly Entity Militias = Make(EntityType.Group, "Iranian militias", "militias", "Shia militias");
    private static readonly Entity Iraq = Make(EntityType.Country, "Iraq", "the government in Baghdad");
    private static readonly Entity Iran = Make(EntityType.Country, "Iran", "Tehran");
    private static readonly Entity Riyadh = Make(EntityType.City, "Riyadh");
    private static readonly Entity SaudiArabia = Make(EntityType.Country, "Saudi Arabia", "Riyadh", "Sunni-ruled Saudi Arabia");
    private static readonly Entity Qatar = Make(EntityType.Country, "Qatar", "Doha");
    private static readonly Entity Gulf = Make(EntityType.Region, "Gulf");
    private static readonly Entity Council = Make(EntityType.Organization, "joint Saudi-Iraqi coordination council", "Saudi-Iraqi coordination council");
    private static readonly Entity NuclearDeal = Make(EntityType.Event, "Iran nuclear deal");
    private static readonly Entity Trump = Person("Donald Trump", "President Donald Trump", "Trump");

    /// <summary>The sample as a graph source.</summary>
    public static InMemoryGraphSource Create()
    {
        Entity[] entities = [Tillerson, UnitedStates, Militias, Iraq, Iran, Riyadh, SaudiArabia, Qatar, Gulf, Council, NuclearDeal, Trump];
        StoredArticle[] articles =
        [
            new(Article1, "000_3204a382f74a6061.txt", "US Secretary of State Tillerson demands Iranian militias leave Iraq",
                new DateOnly(2017, 10, 22), "Middle East Eye", "https://www.middleeasteye.net/news/tillerson-iran-militias", StableId.Sha256Hex("a1")),
            new(Article2, "gulf \"crisis\" – 2017.md", "Gulf states cut ties with Qatar", null, null, null, StableId.Sha256Hex("a2")),
        ];
        Mention[] mentions =
        [
            .. new[] { Tillerson, UnitedStates, Militias, Iraq, Iran, Riyadh, SaudiArabia, Gulf, Council, NuclearDeal, Trump, Qatar }
                .Select((e, i) => new Mention(e.Id, Article1, 1 + (i % 3))),
            new(SaudiArabia.Id, Article2, 4),
            new(Qatar.Id, Article2, 3),
            new(Iran.Id, Article2, 1),
        ];
        Relation[] relations =
        [
            Relate(Tillerson, Predicate.HoldsPosition, UnitedStates, "Secretary of State", FactStatus.Asserted,
                Said(Article1, 0, "US Secretary of State Tillerson demands Iranian militias leave Iraq", 0, 66, null, null, 0.95)),
            Relate(Tillerson, Predicate.Demand, Militias, null, FactStatus.Asserted,
                Said(Article1, 1, "US Secretary of State Rex Tillerson on Sunday demanded that Iranian \"militias\" leave Iraq.", 67, 152,
                    new DateOnly(2017, 10, 22), Riyadh.Id, 0.9)),
            Relate(Riyadh, Predicate.LocatedIn, SaudiArabia, null, FactStatus.Asserted,
                Said(Article1, 2, "He was speaking at a press conference in Riyadh, where the US diplomat is holding talks.", 153, 240, null, null, 0.6)),
            Relate(Trump, Predicate.Reject, NuclearDeal, null, FactStatus.Asserted,
                Said(Article1, 9, "Tillerson's visit comes after President Donald Trump refused to certify the Iran nuclear deal.", 1500, 1593,
                    null, null, 0.8)),
            Relate(SaudiArabia, Predicate.ImposeSanctions, Qatar, null, FactStatus.Asserted,
                Said(Article1, 13, "Saudi Arabia, Bahrain, the United Arab Emirates and Egypt cut ties with Qatar and imposed an embargo in June.",
                    2100, 2208, new DateOnly(2017, 6, 5), null, 0.85),
                Said(Article2, 0, "Saudi Arabia imposed an embargo on Qatar.", 32, 73, new DateOnly(2017, 6, 5), Gulf.Id, 0.9)),
            Relate(Tillerson, Predicate.Meet, Council, null, FactStatus.Asserted,
                Said(Article1, 10, "\"This event highlights the strength\tand breadth…\" Tillerson said at the first meeting of the council in Riyadh.",
                    1600, 1710, new DateOnly(2017, 10, 22), Riyadh.Id, 0.7)),
            Relate(Qatar, Predicate.Deny, SaudiArabia, null, FactStatus.Asserted,
                Said(Article2, 3, "Doha denies the charges\nand has rejected their terms.", 200, 252, null, null, 0.75)),
            Relate(Qatar, Predicate.Supports, Iran, null, FactStatus.Alleged,
                Said(Article2, 1, "Riyadh says Doha backs Tehran.", 74, 104, null, null, 0.7, SaudiArabia.Id)),
            Relate(Iran, Predicate.Attack, SaudiArabia, null, FactStatus.Negated,
                Said(Article1, 12, "Iran did not attack Saudi Arabia, Tehran said.", 2000, 2046, new DateOnly(2017, 10, 21), null, 0.8, Iran.Id)),
        ];
        return new InMemoryGraphSource(articles, entities, mentions, relations);
    }

    private static Entity Person(string name, params string[] aliases) => Make(EntityType.Person, name, aliases);

    private static Entity Make(EntityType type, string name, params string[] aliases) =>
        new(StableId.Entity(type, name), type, name, [.. aliases.Order(StringComparer.Ordinal)]);

    private static Evidence Said(
        string article, int sentence, string text, int start, int end, DateOnly? date, string? place, double confidence, string? source = null) =>
        new(article, sentence, text, new TextSpan(start, end), date, place, confidence, source);

    private static Relation Relate(
        Entity subject, Predicate predicate, Entity @object, string? title, FactStatus status, params Evidence[] evidence) =>
        new(StableId.Relation(subject.Id, predicate, @object.Id, title, status), subject.Id, predicate, @object.Id, title, status,
            [.. evidence.OrderBy(e => e.ArticleId, StringComparer.Ordinal).ThenBy(e => e.SentenceIndex)]);
}
