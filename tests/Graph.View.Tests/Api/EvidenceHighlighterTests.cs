using Graph.Model;
using Graph.View.Api;
using Graph.View.Data;

namespace Graph.View.Tests.Api;

public sealed class EvidenceHighlighterTests
{
    private static readonly ViewEntity Subject = new(new Entity("person:x", EntityType.Person, "Rex Tillerson", ["Tillerson"]), 1, 1);
    private static readonly ViewEntity Object = new(new Entity("country:iran", EntityType.Country, "Iran", []), 1, 1);

    [Fact]
    public void Find_NamesAndAliases_WholeWordsCaseInsensitive()
    {
        const string sentence = "TILLERSON told Iran, not Iranians, that Rex Tillerson would visit.";

        var highlights = EvidenceHighlighter.Find(sentence, Subject, Object);

        Assert.Equal(
            ["TILLERSON:subject", "Iran:object", "Rex Tillerson:subject"],
            highlights.Select(h => sentence[h.Start..h.End] + ":" + h.Role));
    }

    [Fact]
    public void Find_NothingNamed_IsEmpty()
    {
        Assert.Empty(EvidenceHighlighter.Find("The minister left.", Subject, Object));
    }

    [Fact]
    public void Find_AgreesWithSearchingEveryNameEverywhere()
    {
        // Names that share first words, start or end with punctuation, differ only in case, or sit inside longer words.
        var subject = new ViewEntity(new Entity("country:us", EntityType.Country, "United States", ["U.S.", "US", "the United States", "United States of America", "America", "(USA)", "al-Amrika"]), 1, 1);
        var obj = new ViewEntity(new Entity("country:ir", EntityType.Country, "Iran", ["Islamic Republic of Iran", "IRAN", "Tehran", "'Iran'", "Ir"]), 1, 1);
        string[] pieces = ["United", "States", "U.S.", "US", "us", "of", "America", "American", "the", "(USA)", "al-Amrika", "al", "Iran", "Iranian", "Tehran", "'Iran'", "Islamic", "Republic", "IR", "Ir2", "é", "-", ",", ".", "(", ")", "'", " ", " ", " "];
        var random = new Random(17);
        for (int n = 0; n < 3000; n++)
        {
            string sentence = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(3) == 0 ? "" : " ")));

            var expected = Reference(sentence, subject, obj);
            var actual = EvidenceHighlighter.Find(sentence, subject, obj);

            Assert.True(expected.SequenceEqual(actual), $"\"{sentence}\": expected {string.Join(", ", expected)}, got {string.Join(", ", actual)}");
        }
    }

    // Every name searched everywhere in the sentence, kept where it stands as whole words: the definition the fast path keeps.
    private static List<Graph.View.Api.Shapes.ApiHighlight> Reference(string sentence, ViewEntity subject, ViewEntity obj)
    {
        var found = new List<Graph.View.Api.Shapes.ApiHighlight>();
        foreach (var (entity, role) in new[] { (subject, "subject"), (obj, "object") })
        {
            foreach (string name in entity.Entity.Aliases.Prepend(entity.Name))
            {
                for (int at = 0; at + name.Length <= sentence.Length; at++)
                {
                    int end = at + name.Length;
                    if (string.Compare(sentence, at, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                        && !(at > 0 && char.IsLetterOrDigit(sentence[at - 1])) && !(end < sentence.Length && char.IsLetterOrDigit(sentence[end])))
                    {
                        found.Add(new(at, end, role));
                    }
                }
            }
        }

        var kept = new List<Graph.View.Api.Shapes.ApiHighlight>();
        foreach (var highlight in found.OrderBy(h => h.Start).ThenByDescending(h => h.End).ThenBy(h => h.Role, StringComparer.Ordinal))
        {
            if (kept.Count == 0 || highlight.Start >= kept[^1].End)
            {
                kept.Add(highlight);
            }
        }

        return kept;
    }
}
