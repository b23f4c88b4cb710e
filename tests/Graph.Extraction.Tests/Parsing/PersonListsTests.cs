using Graph.Extraction.Parsing;
using Graph.Model;
using Graph.Syntax;

namespace Graph.Extraction.Tests.Parsing;

public sealed class PersonListsTests
{
    [Fact]
    public void Repair_TitledPeopleBrokenIntoPieces_BecomeOneCoordinatedSubject()
    {
        // "Envoy Ada Okafor , Deputy Secretary of State Tomas Berg , and Ambassador Lena Varga traveled ." with the parser's
        // pieces: the second title is the subject and the names hang on "State".
        string[] forms = ["Envoy", "Ada", "Okafor", ",", "Deputy", "Secretary", "of", "State", "Tomas", "Berg", ",", "and", "Ambassador", "Lena", "Varga", "traveled", "."];
        int[] heads = [5, 0, 1, 5, 5, 15, 7, 5, 7, 7, 12, 12, 5, 12, 12, -1, 15];
        string[] relations = ["compound", "flat", "flat", "punct", "compound", "nsubj", "case", "nmod", "flat", "flat", "punct", "cc", "conj", "flat", "flat", "root", "punct"];
        var parse = Parse(forms, heads, relations);

        var repaired = PersonLists.Repair(parse, [Span(parse, 0, 2), Span(parse, 4, 9), Span(parse, 12, 14)]);

        Assert.Equal((15, "nsubj"), (repaired.Tokens[2].Head, repaired.Tokens[2].Relation));
        Assert.Equal((2, "conj"), (repaired.Tokens[9].Head, repaired.Tokens[9].Relation));
        Assert.Equal((2, "conj"), (repaired.Tokens[14].Head, repaired.Tokens[14].Relation));
        Assert.Equal((14, "cc"), (repaired.Tokens[11].Head, repaired.Tokens[11].Relation));
        Assert.All(new[] { 4, 5, 6, 7, 8 }, k => Assert.Contains(9, Ancestors(repaired, k)));
    }

    [Fact]
    public void Repair_PeopleNotSideBySide_LeavesTheParse()
    {
        string[] forms = ["Ada", "Okafor", "met", "Tomas", "Berg", "."];
        int[] heads = [1, 2, -1, 4, 2, 2];
        string[] relations = ["flat", "nsubj", "root", "flat", "obj", "punct"];
        var parse = Parse(forms, heads, relations);

        Assert.Same(parse, PersonLists.Repair(parse, [Span(parse, 0, 1), Span(parse, 3, 4)]));
    }

    [Fact]
    public void Extract_TitledPeopleListedBeforeTheVerb_AllAct()
    {
        var x = Extract.From(
            "Yesterday, Dr. Lena Varga and Kenyan Ambassador to Chile Tomas Berg met with Chilean President Ada Okafor and Foreign Minister Ines Moreno.");
        Assert.True(x.Has("Lena Varga", Predicate.Meet, "Ada Okafor"), x.Describe());
        Assert.True(x.Has("Tomas Berg", Predicate.Meet, "Ines Moreno"), x.Describe());
    }

    private static ParsedSentence Parse(string[] forms, int[] heads, string[] relations)
    {
        var tokens = new List<SyntaxToken>();
        int offset = 0;
        for (int k = 0; k < forms.Length; k++)
        {
            bool verb = relations[k] == "root";
            tokens.Add(new SyntaxToken(k, forms[k], offset, offset + forms[k].Length, forms[k], verb ? "VERB" : "PROPN", verb ? "VBD" : "NNP", heads[k], relations[k]));
            offset += forms[k].Length + 1;
        }

        return new ParsedSentence(tokens);
    }

    private static IEnumerable<int> Ancestors(ParsedSentence parse, int k)
    {
        for (int head = parse.Tokens[k].Head; head >= 0; head = parse.Tokens[head].Head)
        {
            yield return head;
        }
    }

    private static (int Start, int End) Span(ParsedSentence parse, int first, int last) => (parse.Tokens[first].Start, parse.Tokens[last].End);
}
