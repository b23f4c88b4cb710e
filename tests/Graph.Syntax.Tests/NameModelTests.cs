namespace Graph.Syntax.Tests;

public class NameModelTests
{
    private static List<(string Text, NameType Type)> Names(string text)
    {
        var parse = SyntaxModel.Default.Parse(text, 0, text.Length);
        return NameModel.Default.Recognize(parse)
            .Select(n => (text[parse.Tokens[n.Start].Start..parse.Tokens[n.End - 1].End], n.Type))
            .ToList();
    }

    [Fact]
    public void Recognize_UntitledPersonAndBody_AreFoundWithTheirTypes()
    {
        // An invented company's name ("Northwind Logistics Inc.") is the recognizer's weak point; the extraction types it
        // by its last word. A body's name it has the words of is found whole.
        var names = Names("Maria Kowalczyk joined the World Health Organization after she left the army.");

        Assert.Contains(("Maria Kowalczyk", NameType.Person), names);
        Assert.Contains(("World Health Organization", NameType.Organization), names);
    }

    [Fact]
    public void Recognize_TownAfterPlacePreposition_IsALocation()
    {
        var names = Names("The family moved from Springfield to a farm near Lake Avalon last year.");

        Assert.Contains(("Springfield", NameType.Location), names);
    }

    [Fact]
    public void Recognize_SentenceWithoutNames_FindsNothing()
    {
        Assert.Empty(Names("The weather was cold and the roads were closed for two days."));
    }

    [Fact]
    public void Recognize_EmptySentence_FindsNothing()
    {
        Assert.Empty(NameModel.Default.Recognize(ParsedSentence.Empty));
    }

    [Fact]
    public void Recognize_SameSentenceOnManyThreads_GivesTheSameNames()
    {
        const string text = "Officials at Harbor Bank said Tomas Lindqvist would visit Oslo and Bergen.";
        var expected = Names(text);

        var results = new List<(string, NameType)>[8];
        Parallel.For(0, results.Length, i => results[i] = Names(text));

        Assert.NotEmpty(expected);
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Recognize_Margins_ArePositive()
    {
        const string text = "Lisa Brandt met executives of Orion Foods in Chicago.";
        var parse = SyntaxModel.Default.Parse(text, 0, text.Length);

        Assert.All(NameModel.Default.Recognize(parse), n => Assert.True(n.Margin > 0, n.ToString()));
    }

    [Fact]
    public void SaveThenLoad_GivesTheEmbeddedBytesAndTheSameNames()
    {
        using var resource = typeof(NameModel).Assembly.GetManifestResourceStream(NameModel.ResourceName)!;
        var embedded = new MemoryStream();
        resource.CopyTo(embedded);
        var saved = new MemoryStream();

        NameModel.Default.Save(saved);
        saved.Position = 0;
        var reloaded = NameModel.Load(saved);

        Assert.Equal(embedded.ToArray(), saved.ToArray());
        var parse = SyntaxModel.Default.Parse(["Anna", "Schmidt", "works", "for", "Siemens", "in", "Munich", "."]);
        Assert.Equal(NameModel.Default.Recognize(parse), reloaded.Recognize(parse));
    }

    [Fact]
    public void Load_NotAModel_IsInvalidData()
    {
        Assert.Throws<InvalidDataException>(() => NameModel.Load(new MemoryStream("GSYN\0\0\0\0rest"u8.ToArray())));
        Assert.Throws<InvalidDataException>(() => NameModel.Load(new MemoryStream("GN"u8.ToArray())));
    }

    private static SyntaxToken Word(int i, string form, string upos, int head, string relation) => new(i, form, 0, 0, form, upos, "NNP", head, relation);

    [Fact]
    public void ChainHeadBefore_NameWhoseFirstWordTheWordBeforeHeads_TakesThatWord()
    {
        // "met the envoy, Tesfaye Ahmed": the recognizer may start the name at the word it knows as a given name.
        SyntaxToken[] tokens =
        [
            Word(0, "envoy", "NOUN", -1, "root"), Word(1, ",", "PUNCT", 2, "punct"), Word(2, "Tesfaye", "PROPN", 0, "appos"), Word(3, "Ahmed", "PROPN", 2, "flat"),
        ];

        Assert.True(NameModel.ChainHeadBefore(tokens, 3));
        Assert.False(NameModel.ChainHeadBefore(tokens, 2));
    }

    [Fact]
    public void ChainHeadBefore_WordInsideALongerChain_IsNotTaken()
    {
        // "Kenyan President Ada Okafor" parsed as one flat chain: the name does not grow past its own first word.
        SyntaxToken[] tokens =
        [
            Word(0, "Kenyan", "PROPN", -1, "root"), Word(1, "President", "PROPN", 0, "flat"), Word(2, "Ada", "PROPN", 0, "flat"), Word(3, "Okafor", "PROPN", 2, "flat"),
        ];

        Assert.False(NameModel.ChainHeadBefore(tokens, 3));
        Assert.False(NameModel.ChainHeadBefore(tokens, 2));
    }
}
