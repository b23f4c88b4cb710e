using Graph.Syntax.Lemmatization;

namespace Graph.Syntax.Tests.Lemmatization;

public class LemmatizerTests
{
    private static readonly Lemmatizer Lemmatizer = new(
        new Dictionary<string, string>
        {
            [Lemmatizer.Key("was", "VBD")] = "be",
            [Lemmatizer.Key("I", "PRP")] = "I",
            [Lemmatizer.Key("went", "VBD")] = "go",
        },
        new Dictionary<string, SuffixRule>
        {
            [Lemmatizer.Key("NNS", "s")] = new SuffixRule(1, ""),
            [Lemmatizer.Key("NNS", "ies")] = new SuffixRule(3, "y"),
            [Lemmatizer.Key("VBD", "ed")] = new SuffixRule(2, ""),
        });

    [Theory]
    [InlineData("was", "VBD", "AUX", "be")]
    [InlineData("Went", "VBD", "VERB", "go")]
    [InlineData("I", "PRP", "PRON", "I")]
    [InlineData("militias", "NNS", "NOUN", "militia")]
    [InlineData("Countries", "NNS", "NOUN", "country")]
    [InlineData("attacked", "VBD", "VERB", "attack")]
    [InlineData("Tehran", "NNP", "PROPN", "Tehran")]
    [InlineData("NATO", "NN", "NOUN", "NATO")]
    [InlineData("3.5", "CD", "NUM", "3.5")]
    [InlineData("Often", "RB", "ADV", "often")]
    public void Lemmatize_KnownRuleOrFallback(string form, string xpos, string upos, string lemma) =>
        Assert.Equal(lemma, Lemmatizer.Lemmatize(form, xpos, upos));

    [Theory]
    [InlineData("blamed", "blame")]
    [InlineData("voting", "vote")]
    [InlineData("claimed", "claim")]
    [InlineData("stopped", "stop")]
    public void Lemmatize_PrefersARewriteThatGivesAKnownLemma(string form, string lemma)
    {
        // "claimed" taught the rule for "-amed" (cut "ed"), and no rule for "-ing" keeps the "e" of "vote".
        var lemmatizer = new Lemmatizer(
            new Dictionary<string, string>
            {
                [Lemmatizer.Key("claimed", "VBD")] = "claim",
                [Lemmatizer.Key("blame", "VB")] = "blame",
                [Lemmatizer.Key("vote", "VB")] = "vote",
                [Lemmatizer.Key("stop", "VB")] = "stop",
            },
            new Dictionary<string, SuffixRule>
            {
                [Lemmatizer.Key("VBD", "amed")] = new SuffixRule(2, ""),
                [Lemmatizer.Key("VBG", "ing")] = new SuffixRule(3, ""),
                [Lemmatizer.Key("VBD", "ed")] = new SuffixRule(2, ""),
            });

        string tag = form.EndsWith("ing", StringComparison.Ordinal) ? "VBG" : "VBD";
        Assert.Equal(lemma, lemmatizer.Lemmatize(form, tag, "VERB"));
    }

    [Fact]
    public void Lemmatize_NoKnownLemma_KeepsTheLongestEndingsRewrite() =>
        Assert.Equal("fram", new Lemmatizer(
            new Dictionary<string, string> { [Lemmatizer.Key("claimed", "VBD")] = "claim" },
            new Dictionary<string, SuffixRule> { [Lemmatizer.Key("VBD", "amed")] = new SuffixRule(2, "") })
            .Lemmatize("framed", "VBD", "VERB"));

    [Theory]
    [InlineData("studies", "study", 3, "y")]
    [InlineData("went", "go", 4, "go")]
    [InlineData("cats", "cat", 1, "")]
    [InlineData("run", "run", 0, "")]
    public void SuffixRule_Between_IsTheShortestRewrite(string form, string lemma, int cut, string append) =>
        Assert.Equal(new SuffixRule(cut, append), SuffixRule.Between(form, lemma));
}
