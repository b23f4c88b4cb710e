using Graph.Syntax.Parsing;

namespace Graph.Syntax.Tests.Parsing;

public sealed class MarkedArgumentsTests
{
    private static readonly string[] Words = ["The", "Philippines", "on", "Saturday", "condemned", "China", "."];
    private static readonly string[] Upos = ["DET", "PROPN", "ADP", "PROPN", "VERB", "PROPN", "PUNCT"];

    [Fact]
    public void Repair_MarkedSubjectHoldingTheRealOne_BecomesAnObliqueAndHandsItOver()
    {
        // As a parser may read it: "The Philippines" the subject of "Saturday", "on Saturday" the verb's subject.
        int[] heads = [1, 3, 3, 4, -1, 4, 4];
        string[] relations = ["det", "nsubj", "case", "nsubj", "root", "obj", "punct"];

        MarkedArguments.Repair(Words, i => Upos[i], heads, relations);

        Assert.Equal(("nsubj", 4), (relations[1], heads[1]));
        Assert.Equal(("obl", 4), (relations[3], heads[3]));
    }

    [Fact]
    public void Repair_LoneMarkedSubject_IsLeftAsParsed()
    {
        int[] heads = [1, 4, 3, 4, -1, 4, 4];
        string[] relations = ["det", "obl", "case", "nsubj", "root", "obj", "punct"];

        MarkedArguments.Repair(Words, i => Upos[i], heads, relations);

        Assert.Equal(("nsubj", 4), (relations[3], heads[3]));
    }

    [Fact]
    public void Parse_SubjectThenADayWithItsPreposition_KeepsTheSubjectOnTheVerb()
    {
        const string text = "The Philippines on Saturday condemned China.";
        var sentence = SyntaxModel.Default.Parse(text, 0, text.Length, namesAsWords: true);

        var subject = sentence.Tokens.Single(t => t.Form == "Philippines");
        var day = sentence.Tokens.Single(t => t.Form == "Saturday");
        Assert.Equal("nsubj", subject.Relation);
        Assert.Equal(sentence.Tokens.Single(t => t.Form == "condemned").Index, subject.Head);
        Assert.NotEqual("nsubj", day.Relation);
    }
}
