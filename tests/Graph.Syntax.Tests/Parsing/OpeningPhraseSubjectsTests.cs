using Graph.Syntax.Parsing;

namespace Graph.Syntax.Tests.Parsing;

public sealed class OpeningPhraseSubjectsTests
{
    [Fact]
    public void ParseNamesAsWords_NameAfterAnOpeningPhrasesComma_IsTheMainVerbsSubject()
    {
        const string text = "On June 15, 2023 in Lima Peru, National Security Advisor Jane Okafor met with the Director of the Harbour Office.";
        var sentence = SyntaxModel.Default.Parse(text, 0, text.Length, namesAsWords: true);

        var met = sentence.Tokens.Single(t => t.Form == "met");
        Assert.Contains(sentence.Tokens, t => t.Head == met.Index && t.Relation == "nsubj" && t.Start >= text.IndexOf("National", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_VerbWithASubject_KeepsIt()
    {
        const string text = "On Monday, in Lima, the minister met Jane Okafor.";
        var sentence = SyntaxModel.Default.Parse(text, 0, text.Length, namesAsWords: true);

        var met = sentence.Tokens.Single(t => t.Form == "met");
        Assert.Equal(met.Index, sentence.Tokens.Single(t => t.Form == "minister").Head);
    }

    [Fact]
    public void Repair_NamesJoinedByAndAfterAnOpeningPhrase_AreTheSubjectAndItsConjunct()
    {
        // "As part of their visit to Lima , PDNSA Roe and Deputy Secretary Doe met officials ." parsed with the names hung on "Lima".
        string[] words = ["As", "part", "of", "their", "visit", "to", "Lima", ",", "PDNSA", "Roe", "and", "Deputy", "Secretary", "Doe", "met", "officials", "."];
        string[] upos = ["ADP", "NOUN", "ADP", "PRON", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "CCONJ", "NOUN", "PROPN", "PROPN", "VERB", "NOUN", "PUNCT"];
        string[] xpos = ["IN", "NN", "IN", "PRP$", "NN", "IN", "NNP", ",", "NNP", "NNP", "CC", "NN", "NNP", "NNP", "VBD", "NNS", "."];
        int[] heads = [1, 14, 4, 4, 1, 6, 4, 8, 6, 8, 11, 4, 4, 12, -1, 14, 14];
        string[] relations = ["case", "obl", "case", "nmod:poss", "nmod", "case", "nmod", "punct", "conj", "flat", "cc", "conj", "appos", "flat", "root", "obj", "punct"];

        OpeningPhraseSubjects.Repair(words, i => upos[i], i => xpos[i], heads, relations);

        Assert.Equal((14, "nsubj"), (heads[8], relations[8]));
        Assert.Equal((8, "conj"), (heads[11], relations[11]));
        Assert.Equal((11, "cc"), (heads[10], relations[10]));
        Assert.Equal((11, "flat"), (heads[13], relations[13]));
        Assert.Equal((8, "flat"), (heads[9], relations[9]));
    }
}

