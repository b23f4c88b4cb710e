using Graph.Syntax.Training;

namespace Graph.Syntax.Tests.Training;

public class SyntaxTrainerTests
{
    // A handful of sentences: keep every feature, however rarely updated.
    private static readonly TrainingOptions Quick = new() { TaggerIterations = 3, ParserIterations = 3, JackknifeFolds = 3, DictionaryMinCount = 2, MinUpdates = 1 };

    [Fact]
    public void Train_Twice_GivesByteIdenticalModels()
    {
        var sentences = TinyTreebank.Sentences();

        byte[] first = Bytes(SyntaxTrainer.Train(sentences, Quick));
        byte[] second = Bytes(SyntaxTrainer.Train(sentences, Quick));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Train_OtherSeed_GivesOtherModel()
    {
        var sentences = TinyTreebank.Sentences();

        Assert.NotEqual(Bytes(SyntaxTrainer.Train(sentences, Quick)), Bytes(SyntaxTrainer.Train(sentences, Quick with { Seed = 7 })));
    }

    [Fact]
    public void SaveLoad_RoundTrip_ParsesTheSameAndWritesTheSameBytes()
    {
        var model = SyntaxTrainer.Train(TinyTreebank.Sentences(), Quick);
        byte[] bytes = Bytes(model);

        var loaded = SyntaxModel.Load(new MemoryStream(bytes));

        Assert.Equal(bytes, Bytes(loaded));
        string[] words = ["Troops", "attacked", "Israel", "."];
        Assert.Equal(model.Parse(words).Tokens, loaded.Parse(words).Tokens);
    }

    [Fact]
    public void Train_TrainingSentences_AreLearned()
    {
        var model = SyntaxTrainer.Train(TinyTreebank.Sentences(), Quick with { TaggerIterations = 10, ParserIterations = 10 });

        var tokens = model.Parse(["Troops", "were", "attacked", "by", "rebels", "."]).Tokens;

        Assert.Equal(["NOUN", "AUX", "VERB", "ADP", "NOUN", "PUNCT"], tokens.Select(t => t.Upos));
        Assert.Equal([2, 2, -1, 4, 2, 2], tokens.Select(t => t.Head));
        Assert.Equal("case", tokens[3].Relation);
    }

    [Fact]
    public void Train_ReportsProgressOfEveryStage()
    {
        var stages = new List<string>();

        SyntaxTrainer.Train(TinyTreebank.Sentences(), Quick, new ListProgress(stages));

        Assert.Equal(["tagger fold 1/3", "tagger fold 2/3", "tagger fold 3/3", "tagger", "tagger second pass", "parser"], stages.Distinct());
    }

    [Fact]
    public void Load_NotAModel_ThrowsInvalidData()
    {
        Assert.Throws<InvalidDataException>(() => SyntaxModel.Load(new MemoryStream("not a model at all"u8.ToArray())));
        var bytes = Bytes(SyntaxTrainer.Train(TinyTreebank.Sentences(), Quick));
        Assert.Throws<InvalidDataException>(() => SyntaxModel.Load(new MemoryStream(bytes[..(bytes.Length / 2)])));
    }

    private static byte[] Bytes(SyntaxModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    private sealed class ListProgress(List<string> stages) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => stages.Add(value.Stage);
    }
}
