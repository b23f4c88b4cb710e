using Graph.Syntax.Training;

namespace Graph.Syntax.Tests.Training;

public class NameSubstitutionTests
{
    private static readonly NameSubstitution Substitution = new(new Dictionary<NameType, IReadOnlyList<string>>
    {
        [NameType.Person] = ["Amara Okafor Bello", "Lin Wei"],
    });

    [Fact]
    public void Copies_ReplaceEachNameOfAListedTypeByAKnownOne()
    {
        var sentence = new NameSentence("s1", ["Anna", "Berg", "visited", "Oslo", "."], ["B-PER", "I-PER", "O", "B-LOC", "O"]);

        var copy = Assert.Single(Substitution.Copies([sentence], rounds: 1, seed: 1));

        int end = copy.Words.Count - 3;
        Assert.Contains(string.Join(' ', copy.Words.Take(end)), new[] { "Amara Okafor Bello", "Lin Wei" });
        Assert.Equal(["visited", "Oslo", "."], copy.Words.Skip(end));
        Assert.Equal(new[] { "B-PER" }.Concat(Enumerable.Repeat("I-PER", end - 1)).Concat(["O", "B-LOC", "O"]), copy.Labels);
        Assert.Equal("s1~", copy.Id);
    }

    [Fact]
    public void Copies_SentenceWithoutAListedName_IsNotCopied()
    {
        var sentence = new NameSentence("s2", ["They", "visited", "Oslo", "."], ["O", "O", "B-LOC", "O"]);

        Assert.Empty(Substitution.Copies([sentence], rounds: 2, seed: 1));
    }

    [Fact]
    public void Copies_SameSeed_SameCopies()
    {
        var sentences = Enumerable.Range(0, 20)
            .Select(i => new NameSentence("s" + i, ["Ms.", "Berg", "spoke", "."], ["O", "B-PER", "O", "O"]))
            .ToList();

        var first = Substitution.Copies(sentences, rounds: 2, seed: 7);
        var second = Substitution.Copies(sentences, rounds: 2, seed: 7);

        Assert.Equal(40, first.Count);
        Assert.Equal(first.Select(s => string.Join(' ', s.Words)), second.Select(s => string.Join(' ', s.Words)));
        Assert.Equal(2, first.Select(s => s.Words[1]).Distinct().Count());
    }
}
