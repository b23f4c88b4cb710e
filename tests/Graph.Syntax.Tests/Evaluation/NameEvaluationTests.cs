using Graph.Syntax.Evaluation;
using Graph.Syntax.Training;
using Graph.Testing;

namespace Graph.Syntax.Tests.Evaluation;

public class NameEvaluationTests
{
    /// <summary>The shipped model's exact-span micro F1 on Universal NER EWT test was 0.6420 when measured.</summary>
    private const double MinTestF1 = 0.635;

    [SkippableFact]
    public void Evaluate_UniversalNerTest_StaysAboveTheMeasuredF1()
    {
        string? shared = RepositoryPaths.Shared;
        Skip.If(shared is null, "../shared (Universal NER EWT) is absent beside the repository");
        string file = Path.Combine(shared, "nlp", "uner-ewt", "en_ewt-ud-test.iob2");
        Skip.IfNot(File.Exists(file), file + " is absent");

        var scores = NameEvaluation.Evaluate(NameModel.Default, SyntaxModel.Default, IobReader.ReadFile(file));

        Assert.True(scores.Micro.F1 >= MinTestF1, $"micro F1 {scores.Micro.F1:0.0000} fell below {MinTestF1}");
        Assert.Equal(1088, scores.Micro.Gold);
    }

    [Fact]
    public void Evaluate_ExactSpansOnly_CountAsCorrect()
    {
        var gold = new[] { new NameSentence("1", ["Anna", "Berg", "visited", "Oslo", "."], ["B-PER", "I-PER", "O", "B-LOC", "O"]) };

        var scores = NameEvaluation.Evaluate(NameModel.Default, SyntaxModel.Default, gold);

        Assert.Equal(3, scores.PerType.Count);
        Assert.Equal(2, scores.Micro.Gold);
        Assert.InRange(scores.Micro.Correct, 0, scores.Micro.Predicted);
        Assert.Equal(scores.PerType.Values.Sum(c => c.Correct), scores.Micro.Correct);
    }
}
