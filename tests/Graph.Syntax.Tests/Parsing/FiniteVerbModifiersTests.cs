using Graph.Syntax.Parsing;

namespace Graph.Syntax.Tests.Parsing;

public sealed class FiniteVerbModifiersTests
{
    private static readonly string[] Words = ["Hezbollah", "fired", "rockets", "at", "Israel", "."];
    private static readonly string[] Xpos = ["NNP", "VBD", "NNS", "IN", "NNP", "."];

    [Fact]
    public void Repair_PastTenseVerbWithASubjectReadAsAModifier_HeadsTheClause()
    {
        int[] heads = [1, 2, -1, 4, 2, 2];
        string[] relations = ["nsubj", "amod", "root", "case", "nmod", "punct"];

        FiniteVerbModifiers.Repair(Words, i => Xpos[i], heads, relations);

        Assert.Equal(("root", -1), (relations[1], heads[1]));
        Assert.Equal(("obj", 1), (relations[2], heads[2]));
        Assert.Equal(1, heads[5]);
        Assert.Equal(("nsubj", 1), (relations[0], heads[0]));
    }

    [Fact]
    public void Repair_ParticipleWithoutASubject_StaysAModifier()
    {
        string[] words = ["Rockets", "fired", "rockets", "at", "Israel", "."];
        int[] heads = [2, 2, -1, 4, 2, 2];
        string[] relations = ["compound", "amod", "root", "case", "nmod", "punct"];

        FiniteVerbModifiers.Repair(words, i => Xpos[i], heads, relations);

        Assert.Equal(("amod", 2), (relations[1], heads[1]));
    }

    [Fact]
    public void Parse_NameFiredRocketsAtName_HasTheVerbAsRoot()
    {
        const string text = "Hezbollah fired rockets at Israel.";
        var sentence = SyntaxModel.Default.Parse(text, 0, text.Length, namesAsWords: true);

        var fired = sentence.Tokens.Single(t => t.Form == "fired");
        Assert.Equal("root", fired.Relation);
        Assert.Equal(fired.Index, sentence.Tokens.Single(t => t.Form == "rockets").Head);
    }

    [Fact]
    public void Repair_PastTenseVerbReadAsAClauseOnTheLastListedSubject_HeadsTheClause()
    {
        string[] words = ["Latvia", "and", "the", "Nordic", "states", "called", "on", "Estonia", "."];
        string[] xpos = ["NNP", "CC", "DT", "NNP", "NNS", "VBD", "IN", "NNP", "."];
        int[] heads = [-1, 4, 4, 4, 0, 4, 7, 5, 0];
        string[] relations = ["root", "cc", "det", "amod", "conj", "acl", "case", "obl", "punct"];

        FiniteVerbModifiers.Repair(words, i => xpos[i], heads, relations);

        Assert.Equal(("root", -1), (relations[5], heads[5]));
        Assert.Equal(("nsubj", 5), (relations[0], heads[0]));
        Assert.Equal(("conj", 0), (relations[4], heads[4]));
        Assert.Equal(5, heads[8]);
    }

    [Fact]
    public void Repair_ParticipleWithAnObjectHungOnTheNounBeforeIt_HeadsTheSentence()
    {
        // "Chilean troops attacked Lima ." parsed as "troops (that were) attacked": the object shows an active verb.
        string[] words = ["Chilean", "troops", "attacked", "Lima", "."];
        string[] xpos = ["JJ", "NNS", "VBN", "NNP", "."];
        int[] heads = [1, -1, 1, 2, 1];
        string[] relations = ["amod", "root", "acl", "obj", "punct"];

        FiniteVerbModifiers.Repair(words, i => xpos[i], heads, relations);

        Assert.Equal((-1, "root"), (heads[2], relations[2]));
        Assert.Equal((2, "nsubj"), (heads[1], relations[1]));
        Assert.Equal(2, heads[4]);
    }

    [Fact]
    public void Repair_PassiveParticipleWithAnAgent_StaysAModifier()
    {
        // "troops attacked by rebels" keeps its reading.
        string[] words = ["troops", "attacked", "by", "rebels", "yesterday"];
        string[] xpos = ["NNS", "VBN", "IN", "NNS", "NN"];
        int[] heads = [-1, 0, 3, 1, 1];
        string[] relations = ["root", "acl", "case", "obl", "obj"];

        FiniteVerbModifiers.Repair(words, i => xpos[i], heads, relations);

        Assert.Equal((0, "acl"), (heads[1], relations[1]));
    }
}
