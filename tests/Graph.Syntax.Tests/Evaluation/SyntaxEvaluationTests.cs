using Graph.Syntax.Evaluation;
using Graph.Syntax.Training;
using Graph.Testing;

namespace Graph.Syntax.Tests.Evaluation;

public class SyntaxEvaluationTests
{
    // Floors just under the shipped model's measured scores on EWT test (gold tokenization, predicted tags).
    private const double UposFloor = 0.95;
    private const double LasFloor = 0.82;

    [SkippableFact]
    public void Evaluate_EwtTest_EmbeddedModelMeetsTheFloors()
    {
        string? file = Treebank("en_ewt-ud-test.conllu");
        Skip.If(file is null, "UD English EWT is not in ../shared/nlp/ud-ewt");

        var scores = SyntaxEvaluation.Evaluate(SyntaxModel.Default, ConlluReader.ReadFile(file!));

        Assert.Equal(25_094, scores.Words);
        Assert.True(scores.Upos >= UposFloor, $"UPOS {scores.Upos:0.0000} < {UposFloor}");
        Assert.True(scores.Las >= LasFloor, $"LAS {scores.Las:0.0000} < {LasFloor}");
        Assert.True(scores.Uas >= scores.Las && scores.Las >= scores.FullLas);
    }

    [SkippableFact]
    public void TokenizerEvaluation_EwtDev_AgreesWithTheTreebank()
    {
        string? file = Treebank("en_ewt-ud-dev.conllu");
        Skip.If(file is null, "UD English EWT is not in ../shared/nlp/ud-ewt");

        var scores = TokenizerEvaluation.Evaluate(ConlluReader.ReadFile(file!));

        Assert.True(scores.F1 >= 0.985, $"tokenizer F1 {scores.F1:0.0000}");
    }

    [Fact]
    public void Evaluate_GoldAgainstItself_CountsEveryWord()
    {
        var gold = Training.TinyTreebank.Sentences();

        var scores = TokenizerEvaluation.Evaluate(gold);

        Assert.Equal(gold.Sum(s => s.Words.Count), scores.GoldWords);
        Assert.Equal(1.0, scores.F1);
        Assert.Equal(gold.Count, scores.ExactSentences);
    }

    private static string? Treebank(string name)
    {
        string? shared = RepositoryPaths.Shared;
        string? path = shared is null ? null : Path.Combine(shared, "nlp", "ud-ewt", name);
        return path is not null && File.Exists(path) ? path : null;
    }
}
