using Graph.Testing;
using Graph.Model;

namespace Graph.Neo4j.Tests.Support;

/// <summary>
/// A small news graph for live query tests: people, countries, a city located in a country, a group,
/// actions with dates and places, a position and an accusation answered by a denial, the act the accusation
/// alleges and its negation by the accused, and a threat (an intended act). Every name ends with a per-run
/// suffix so the test's nodes never meet other data in the database.
/// </summary>
public sealed class SampleGraph
{
    private readonly List<Entity> _entities = [];
    private readonly List<Relation> _relations = [];

    /// <summary>Builds the graph with names ending in <paramref name="suffix"/>.</summary>
    public SampleGraph(string suffix)
    {
        Suffix = suffix;
        First = Article("Minister demands militias leave " + suffix, new DateOnly(2017, 10, 22));
        Second = Article("Gulf states cut ties with Qatar " + suffix, new DateOnly(2017, 6, 5));

        var tillerson = Add(EntityType.Person, "Rex Tillerson", "Tillerson");
        var usa = Add(EntityType.Country, "United States", "US");
        var saudi = Add(EntityType.Country, "Saudi Arabia");
        var qatar = Add(EntityType.Country, "Qatar", "Doha");
        var bahrain = Add(EntityType.Country, "Bahrain");
        var riyadh = Add(EntityType.City, "Riyadh");
        var militias = Add(EntityType.Group, "Iranian militias");
        var council = Add(EntityType.Organization, "Coordination Council");

        Relate(tillerson, Predicate.HoldsPosition, usa, "Secretary of State", Evidence(First, 0, "US Secretary of State Rex Tillerson spoke.", null, null));
        Relate(riyadh, Predicate.LocatedIn, saudi, null, Evidence(First, 1, "Riyadh, the Saudi capital.", null, null));
        Relate(tillerson, Predicate.Demand, militias, null, Evidence(First, 2, "Tillerson demanded that militias leave.", new DateOnly(2017, 10, 22), riyadh.Id));
        Relate(tillerson, Predicate.Meet, saudi, null,
            Evidence(First, 3, "Tillerson held talks with Saudi officials in Riyadh.", new DateOnly(2017, 10, 22), riyadh.Id));
        Relate(saudi, Predicate.Cooperate, council, null, Evidence(First, 4, "Saudi Arabia joined the council.", new DateOnly(2017, 10, 22), riyadh.Id));
        Relate(saudi, Predicate.BreakRelations, qatar, null, Evidence(Second, 0, "Saudi Arabia and Bahrain cut ties with Qatar.", new DateOnly(2017, 6, 5), null));
        Relate(bahrain, Predicate.BreakRelations, qatar, null, Evidence(Second, 0, "Saudi Arabia and Bahrain cut ties with Qatar.", new DateOnly(2017, 6, 5), null));
        Relate(saudi, Predicate.ImposeSanctions, qatar, null,
            Evidence(Second, 1, "They imposed an embargo on Qatar.", new DateOnly(2017, 6, 5), null),
            Evidence(First, 5, "The embargo on Qatar continues.", new DateOnly(2017, 10, 22), null));
        Relate(saudi, Predicate.Accuse, qatar, null, Evidence(Second, 2, "Saudi Arabia accused Qatar of supporting terrorism.", new DateOnly(2017, 6, 5), null));
        Relate(qatar, Predicate.Deny, saudi, null, Evidence(Second, 3, "Doha denies the charges.", new DateOnly(2017, 6, 6), null));
        Relate(qatar, Predicate.Supports, militias, null, FactStatus.Alleged,
            Evidence(Second, 2, "Saudi Arabia accused Qatar of supporting terrorism.", new DateOnly(2017, 6, 5), null, saudi.Id));
        Relate(qatar, Predicate.Supports, militias, null, FactStatus.Negated,
            Evidence(Second, 3, "Doha denies the charges.", new DateOnly(2017, 6, 6), null, qatar.Id));
        Relate(saudi, Predicate.Attack, qatar, null, FactStatus.Intended,
            Evidence(Second, 4, "Saudi Arabia threatened to strike Qatar.", new DateOnly(2017, 6, 7), null));

        var mentions = new List<Mention>();
        foreach (var entity in _entities)
        {
            var articles = _relations.Where(r => r.SubjectId == entity.Id || r.ObjectId == entity.Id || r.Evidence.Any(e => e.PlaceId == entity.Id))
                .SelectMany(r => r.Evidence).Select(e => e.ArticleId).Distinct();
            mentions.AddRange(articles.Select(a => new Mention(entity.Id, a, 1 + (entity.Name.Length % 3))));
        }

        Source = new InMemoryGraphSource([First, Second], _entities, mentions, _relations);
    }

    /// <summary>The per-run suffix of every name.</summary>
    public string Suffix { get; }

    /// <summary>The first article.</summary>
    public StoredArticle First { get; }

    /// <summary>The second article.</summary>
    public StoredArticle Second { get; }

    /// <summary>The graph.</summary>
    public InMemoryGraphSource Source { get; }

    /// <summary>An entity's full name (with the suffix).</summary>
    public string Name(string baseName) => baseName + Suffix;

    private StoredArticle Article(string text, DateOnly published)
    {
        string hash = StableId.Sha256Hex(text);
        return new StoredArticle(StableId.Article(hash), StableId.Slug(text) + ".txt", text, published, "Test Wire", null, hash);
    }

    private Entity Add(EntityType type, string name, params string[] aliases)
    {
        var entity = new Entity(StableId.Entity(type, name + Suffix), type, name + Suffix, aliases.Select(a => a + Suffix).Order(StringComparer.Ordinal).ToArray());
        _entities.Add(entity);
        return entity;
    }

    private void Relate(Entity subject, Predicate predicate, Entity obj, string? title, params Evidence[] evidence) =>
        Relate(subject, predicate, obj, title, FactStatus.Asserted, evidence);

    private void Relate(Entity subject, Predicate predicate, Entity obj, string? title, FactStatus status, params Evidence[] evidence) =>
        _relations.Add(new Relation(StableId.Relation(subject.Id, predicate, obj.Id, title, status), subject.Id, predicate, obj.Id, title, status,
            evidence.OrderBy(e => e.ArticleId, StringComparer.Ordinal).ThenBy(e => e.SentenceIndex).ToArray()));

    private static Evidence Evidence(StoredArticle article, int index, string sentence, DateOnly? date, string? place, string? source = null) =>
        new(article.Id, index, sentence, new TextSpan(index * 50, (index * 50) + sentence.Length), date, place, 0.9, source);
}
