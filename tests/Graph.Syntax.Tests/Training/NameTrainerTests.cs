using Graph.Syntax.Training;

namespace Graph.Syntax.Tests.Training;

public class NameTrainerTests
{
    private static readonly NameSentence[] Train =
    [
        new("1", ["Anna", "Berg", "joined", "Polar", "Systems", "in", "Tromso", "."], ["B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O", "B-LOC", "O"]),
        new("2", ["The", "staff", "of", "Polar", "Systems", "met", "Anna", "Berg", "."], ["O", "O", "O", "B-ORG", "I-ORG", "O", "B-PER", "I-PER", "O"]),
        new("3", ["She", "flew", "to", "Tromso", "on", "Monday", "."], ["O", "O", "O", "B-LOC", "O", "O", "O"]),
    ];

    [Fact]
    public void Train_TwiceOnTheSameData_GivesTheSameBytes()
    {
        var options = new NameTrainingOptions { Iterations = 3, MinUpdates = 1 };

        byte[] first = Bytes(NameTrainer.Train(Train, SyntaxModel.Default, NameLexicon.Empty, options));
        byte[] second = Bytes(NameTrainer.Train(Train, SyntaxModel.Default, NameLexicon.Empty, options));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Train_TinySet_LearnsItsNames()
    {
        var model = NameTrainer.Train(Train, SyntaxModel.Default, NameLexicon.Empty, new NameTrainingOptions { Iterations = 5, MinUpdates = 1 });

        var names = model.Recognize(SyntaxModel.Default.Parse(Train[0].Words));

        Assert.Equal([new(0, 2, NameType.Person), new(3, 5, NameType.Organization), new(6, 7, NameType.Location)], names.Select(n => (n.Start, n.End, n.Type)));
    }

    private static byte[] Bytes(NameModel model)
    {
        var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
