using Graph.Syntax.Parsing;

namespace Graph.Syntax.Tests.Parsing;

public sealed class NamesAfterNounsTests
{
    [Fact]
    public void Repair_NameReadAsTheObjectOfTheNounBeforeIt_BecomesItsApposition()
    {
        // "The Andean nations Peru and Bolivia signed ." parsed with "Peru" as the object of "nations".
        string[] words = ["The", "Andean", "nations", "Peru", "and", "Bolivia", "signed", "."];
        string[] xpos = ["DT", "JJ", "NNS", "NNP", "CC", "NNP", "VBD", "."];
        int[] heads = [2, 2, 6, 2, 5, 3, -1, 6];
        string[] relations = ["det", "amod", "nsubj", "obj", "cc", "conj", "root", "punct"];

        NamesAfterNouns.Repair(words, i => xpos[i], heads, relations);

        Assert.Equal((2, "appos"), (heads[3], relations[3]));
        Assert.Equal((3, "conj"), (heads[5], relations[5]));
    }

    [Fact]
    public void Repair_ObjectOfAVerb_StaysAnObject()
    {
        string[] words = ["Officials", "visited", "Peru", "."];
        string[] xpos = ["NNS", "VBD", "NNP", "."];
        int[] heads = [1, -1, 1, 1];
        string[] relations = ["nsubj", "root", "obj", "punct"];

        NamesAfterNouns.Repair(words, i => xpos[i], heads, relations);

        Assert.Equal((1, "obj"), (heads[2], relations[2]));
    }

    [Fact]
    public void Parse_CountriesNamedAfterTheirGroupsNoun_AreItsApposition()
    {
        const string text = "Fellow Mercosur members Uruguay and Paraguay backed the plan on Friday.";
        var sentence = SyntaxModel.Default.Parse(text, 0, text.Length, namesAsWords: true);

        var uruguay = sentence.Tokens.Single(t => t.Form == "Uruguay");
        Assert.Equal(("members", "appos"), (sentence.Tokens[uruguay.Head].Form, uruguay.Relation));
    }
}
