using Graph.Syntax.Parsing;

namespace Graph.Syntax.Tests.Parsing;

public sealed class NameRunsTests
{
    [Fact]
    public void Find_ProperNounRuns_MapEachWordToTheRunsLastWord()
    {
        int[]? runs = Find("the/X President/P Alar/P Karis/P met/X Kallas/P ./X");

        Assert.Equal([0, 3, 3, 3, 4, 5, 6], Assert.IsType<int[]>(runs));
    }

    [Fact]
    public void Find_ParticlesAndUnspacedHyphens_StayInsideTheName()
    {
        int[]? particle = Find("the/X Lula/P da/X Silva/P said/X ./X ./X");
        int[]? hyphen = Find("the/X Shin/P Won/P -/X sik/P said/X ./X ./X", unspacedHyphen: true);

        Assert.Equal([0, 3, 3, 3, 4, 5, 6], Assert.IsType<int[]>(particle));
        Assert.Equal([0, 4, 4, 4, 4, 5, 6], Assert.IsType<int[]>(Find("the/X Ursula/P von/X der/X Leyen/P said/X ./X")));
        Assert.Equal([0, 4, 4, 4, 4, 5, 6, 7], Assert.IsType<int[]>(hyphen));
    }

    [Fact]
    public void Find_RunEndingOnAParticle_StopsBeforeIt()
    {
        Assert.Equal([0, 2, 2, 3, 4, 5, 6], Assert.IsType<int[]>(Find("in/X New/P York/P de/X facto/X rule/X ./X")));
    }

    [Fact]
    public void Find_RunLongerThanAName_MergesNothing()
    {
        Assert.Null(Find("Remarks/P by/X President/P Joe/P Biden/P Before/P Marine/P One/P Departure/P at/P Joint/P Base/P ./X"));
    }

    [Fact]
    public void Find_NoRunOfTwo_MergesNothing()
    {
        Assert.Null(Find("Blinken/P met/X Zelensky/P in/X Kyiv/P ./X ./X"));
    }

    [Fact]
    public void ParseNamesAsWords_RunOfTitlesLeadingAName_EveryWordHasARelationAndAHeadInTheSentence()
    {
        const string text = "The Daily Signal Executive Editor Ada Okafor: President Eze was spot on in his speech.";
        var sentence = SyntaxModel.Default.Parse(text, 0, text.Length, namesAsWords: true);

        Assert.All(sentence.Tokens, t => Assert.False(string.IsNullOrEmpty(t.Relation), $"{t.Form} has no relation"));
        Assert.All(sentence.Tokens, t => Assert.InRange(t.Head, -1, sentence.Tokens.Count - 1));
        Assert.All(sentence.Tokens, t => Assert.NotEqual(t.Index, t.Head));
    }

    [Fact]
    public void ParseNamesAsWords_TitledObjectWithAPlace_IsTheVerbsObjectByItsFirstWord()
    {
        const string text = "President Alar Karis of Estonia met Prime Minister Kaja Kallas in Tallinn.";
        var sentence = SyntaxModel.Default.Parse(text, 0, text.Length, namesAsWords: true);

        var tokens = sentence.Tokens;
        int met = tokens.Single(t => t.Form == "met").Index;
        int prime = tokens.Single(t => t.Form == "Prime").Index;
        int president = tokens.Single(t => t.Form == "President").Index;
        Assert.Equal(("obj", met), (tokens[prime].Relation, tokens[prime].Head));
        Assert.Equal(("flat", prime), (tokens[prime + 3].Relation, tokens[prime + 3].Head));
        Assert.Equal(("nsubj", met), (tokens[president].Relation, tokens[president].Head));
        Assert.Single(sentence.Children(-1));
    }

    [Fact]
    public void LeadingModifiers_CapitalizedAdjectivesBeforeAMergedRun_AreMarked()
    {
        string[] words = ["and", "French", "President", "Emmanuel", "Macron", "met", "Italian", "officials"];
        int[] runs = [0, 1, 4, 4, 4, 5, 6, 7];
        bool[] adjective = [false, true, false, false, false, false, true, false];

        bool[] leading = NameRuns.LeadingModifiers(words, runs, i => adjective[i]);

        Assert.Equal([false, true, false, false, false, false, false, false], leading);
    }

    [Fact]
    public void ParseNamesAsWords_CoordinatedTitledNamesWithNationalities_AreConjunctsWithTheirAdjectives()
    {
        const string text = "Biden spoke with German Chancellor Olaf Scholz and French President Emmanuel Macron.";
        var sentence = SyntaxModel.Default.Parse(text, 0, text.Length, namesAsWords: true);

        var tokens = sentence.Tokens;
        int chancellor = tokens.Single(t => t.Form == "Chancellor").Index;
        int president = tokens.Single(t => t.Form == "President").Index;
        int french = tokens.Single(t => t.Form == "French").Index;
        Assert.Equal(("conj", chancellor), (tokens[president].Relation, tokens[president].Head));
        Assert.Equal(("amod", president), (tokens[french].Relation, tokens[french].Head));
    }

    [Fact]
    public void ParseNamesAsWords_PastTenseAfterALongName_IsTheVerb()
    {
        const string text = "South Korean Defence Minister Shin Won-sik condemned Pyongyang for the launch.";
        var sentence = SyntaxModel.Default.Parse(text, 0, text.Length, namesAsWords: true);

        var condemned = sentence.Tokens.Single(t => t.Form == "condemned");
        Assert.Equal(("VERB", "root"), (condemned.Upos, condemned.Relation));
    }

    /// <summary>Words written "form/P" (proper noun) or "form/X", one space apart unless <paramref name="unspacedHyphen"/> joins a hyphen to its neighbours.</summary>
    private static int[]? Find(string tagged, bool unspacedHyphen = false)
    {
        var items = tagged.Split(' ').Select(w => (Form: w[..w.LastIndexOf('/')], Proper: w.EndsWith("/P", StringComparison.Ordinal))).ToList();
        var spans = new List<(int Start, int End)>();
        int offset = 0;
        foreach (var (form, _) in items)
        {
            bool joined = unspacedHyphen && spans.Count > 0 && (form == "-" || items[spans.Count - 1].Form == "-");
            int start = joined ? spans[^1].End : offset;
            spans.Add((start, start + form.Length));
            offset = start + form.Length + 1;
        }

        return NameRuns.Find([.. items.Select(i => i.Form)], spans, i => items[i].Proper);
    }
}
