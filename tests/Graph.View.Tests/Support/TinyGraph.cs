using Graph.Model;
using Graph.Testing;

namespace Graph.View.Tests.Support;

/// <summary>A hand-made graph small enough to reason about: a chain A — B — C — D and an island E.</summary>
public static class TinyGraph
{
    /// <summary>The article every fact comes from.</summary>
    public const string ArticleId = "article:0000000000000001";

    /// <summary>A person with an accented name and an alias.</summary>
    public static readonly Entity A = new("person:angela_diaz", EntityType.Person, "Ángela Díaz", ["Díaz"]);

    /// <summary>A country.</summary>
    public static readonly Entity B = new("country:freedonia", EntityType.Country, "Freedonia", []);

    /// <summary>A person.</summary>
    public static readonly Entity C = new("person:carl_o_neil", EntityType.Person, "Carl O’Neil", ["O'Neil"]);

    /// <summary>An organization.</summary>
    public static readonly Entity D = new("organization:dia_corp", EntityType.Organization, "Dia Corp", []);

    /// <summary>A city nothing is related to.</summary>
    public static readonly Entity E = new("city:elsewhere", EntityType.City, "Elsewhere", []);

    /// <summary>The graph; <paramref name="extra"/> relations are added.</summary>
    public static IGraphSource Source(params Relation[] extra) => new InMemoryGraphSource(
        [new StoredArticle(ArticleId, "a.txt", "A title", new DateOnly(2021, 3, 1), "Wire", "https://example.org/a", "00")],
        [A, B, C, D, E],
        [new Mention(A.Id, ArticleId, 5), new Mention(B.Id, ArticleId, 3), new Mention(C.Id, ArticleId, 2), new Mention(D.Id, ArticleId, 1), new Mention(E.Id, ArticleId, 1)],
        [
            Fact(A, Predicate.Visit, B, new DateOnly(2021, 2, 1)),
            Fact(C, Predicate.Criticize, B, new DateOnly(2021, 3, 15)),
            Fact(C, Predicate.Leads, D, null),
            .. extra,
        ]);

    /// <summary>An asserted fact with one sentence, dated or not.</summary>
    public static Relation Fact(Entity subject, Predicate predicate, Entity obj, DateOnly? date, FactStatus status = FactStatus.Asserted)
    {
        string sentence = $"{subject.Name} and {obj.Name}.";
        return new Relation(
            StableId.Relation(subject.Id, predicate, obj.Id, null, status),
            subject.Id,
            predicate,
            obj.Id,
            null,
            status,
            [new Evidence(ArticleId, 0, sentence, new TextSpan(0, sentence.Length), date, null, 0.5, null)]);
    }
}
