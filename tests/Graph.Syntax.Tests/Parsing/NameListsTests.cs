using Graph.Syntax.Parsing;

namespace Graph.Syntax.Tests.Parsing;

public sealed class NameListsTests
{
    [Fact]
    public void Repair_SecondNameOfALongListReadAsAnApposition_BecomesAConjunctOfTheFirst()
    {
        // "joined by Peru , Chile , Ghana and the Netherlands ." parsed with "Chile" as an apposition of "Peru".
        string[] words = ["joined", "by", "Peru", ",", "Chile", ",", "Ghana", "and", "the", "Netherlands", "."];
        string[] xpos = ["VBN", "IN", "NNP", ",", "NNP", ",", "NNP", "CC", "DT", "NNPS", "."];
        int[] heads = [-1, 2, 0, 4, 2, 6, 4, 9, 9, 2, 0];
        string[] relations = ["root", "case", "obl", "punct", "appos", "punct", "conj", "cc", "det", "conj", "punct"];

        NameLists.Repair(words, i => xpos[i], heads, relations);

        Assert.Equal((2, "conj"), (heads[4], relations[4]));
        Assert.Equal((2, "conj"), (heads[6], relations[6]));
        Assert.Equal((2, "conj"), (heads[9], relations[9]));
    }

    [Fact]
    public void Repair_TwoNamesBeforeAnd_KeepsTheApposition()
    {
        // "from Lyon , France and Porto" may well be a city and its country: too short a list to call it one.
        string[] words = ["from", "Lyon", ",", "France", "and", "Porto"];
        string[] xpos = ["IN", "NNP", ",", "NNP", "CC", "NNP"];
        int[] heads = [1, -1, 3, 1, 5, 1];
        string[] relations = ["case", "root", "punct", "appos", "cc", "conj"];

        NameLists.Repair(words, i => xpos[i], heads, relations);

        Assert.Equal((1, "appos"), (heads[3], relations[3]));
    }

    [Fact]
    public void Parse_ListOfCountries_EveryCountryIsAConjunctOfTheFirst()
    {
        const string text = "The bloc, made up of Kenya, Peru, Norway and the Philippines, issued a statement.";
        var sentence = SyntaxModel.Default.Parse(text, 0, text.Length, namesAsWords: true);

        int kenya = sentence.Tokens.Single(t => t.Form == "Kenya").Index;
        foreach (string name in new[] { "Peru", "Norway", "Philippines" })
        {
            var token = sentence.Tokens.Single(t => t.Form == name);
            var top = token.Head >= 0 && sentence.Tokens[token.Head].Relation == "flat" ? sentence.Tokens[token.Head] : token;
            Assert.True(top.Head == kenya && top.Relation == "conj" || token.Head == kenya && token.Relation == "conj", $"{name}: {token.Head} {token.Relation}");
        }
    }
}
