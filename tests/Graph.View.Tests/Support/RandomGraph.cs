using Graph.Model;
using Graph.Testing;

namespace Graph.View.Tests.Support;

/// <summary>
/// A seeded random graph large enough for the indexes to matter: names of a few short syllables (so short queries
/// hit many of them, at every rank), uneven mention counts with ties, hubs, every status, dated and undated facts.
/// </summary>
public static class RandomGraph
{
    private static readonly string[] Syllables = ["an", "bo", "ca", "di", "el", "fu", "ga", "ho", "in", "jo", "ka", "lu", "ma", "ne", "or"];

    /// <summary>The graph of <paramref name="entities"/> entities and <paramref name="relations"/> relations from <paramref name="seed"/>.</summary>
    public static IGraphSource Source(int seed, int entities = 400, int relations = 1500)
    {
        var random = new Random(seed);
        var articles = Enumerable.Range(0, 40)
            .Select(i => new StoredArticle($"article:{i:x16}", $"{i}.txt", $"Title {i}", i % 7 == 0 ? null : new DateOnly(2020, 1, 1).AddDays(i * 23), "Wire", null, "00"))
            .ToList();
        var types = Enum.GetValues<EntityType>();
        var people = Enumerable.Range(0, entities).Select(i =>
        {
            string name = Name(random, 1 + random.Next(3));
            string[] aliases = [.. Enumerable.Range(0, random.Next(3)).Select(_ => Name(random, 1 + random.Next(2)))];
            return new Entity($"e:{i:D5}", types[random.Next(types.Length)], name, aliases);
        }).ToList();
        var mentions = people.SelectMany(e => articles.Where(_ => random.Next(10) == 0).Select(a => new Mention(e.Id, a.Id, 1 + random.Next(4)))).ToList();
        var predicates = Enum.GetValues<Predicate>();
        var statuses = Enum.GetValues<FactStatus>();
        var facts = new Dictionary<string, Relation>(StringComparer.Ordinal);
        for (int i = 0; i < relations; i++)
        {
            // Squared draws make low ids hubs.
            var subject = people[(int)(Math.Pow(random.NextDouble(), 2) * people.Count)];
            var obj = people[random.Next(people.Count) / (1 + random.Next(3))];
            var predicate = predicates[random.Next(predicates.Length)];
            var status = random.Next(4) == 0 ? statuses[random.Next(statuses.Length)] : FactStatus.Asserted;
            var evidence = Enumerable.Range(0, 1 + random.Next(3)).Select(k =>
            {
                var article = articles[random.Next(articles.Count)];
                DateOnly? date = random.Next(5) == 0 ? null : new DateOnly(2020, 1, 1).AddDays(random.Next(900));
                string sentence = $"{subject.Name} and {obj.Name}.";
                return new Evidence(article.Id, k, sentence, new TextSpan(0, sentence.Length), date, null, 0.5, null);
            }).ToList();
            string id = StableId.Relation(subject.Id, predicate, obj.Id, null, status);
            facts.TryAdd(id, new Relation(id, subject.Id, predicate, obj.Id, null, status, evidence));
        }

        return new InMemoryGraphSource(articles, people, mentions, facts.Values);
    }

    private static string Name(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => string.Concat(Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Syllables[random.Next(Syllables.Length)]))));
}
