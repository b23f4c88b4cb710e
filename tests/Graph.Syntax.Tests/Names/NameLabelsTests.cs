using Graph.Syntax.Names;

namespace Graph.Syntax.Tests.Names;

public class NameLabelsTests
{
    [Theory]
    [InlineData("O", 0)]
    [InlineData("B-PER", 1)]
    [InlineData("I-PER", 2)]
    [InlineData("B-ORG", 3)]
    [InlineData("I-LOC", 6)]
    [InlineData("B-MISC", 0)]
    [InlineData("X", 0)]
    public void Parse_Iob2Label_GivesItsId(string label, int id)
    {
        Assert.Equal(id, NameLabels.Parse(label));
    }

    [Fact]
    public void Spans_LabelSequence_GivesNamesAndStrayInsideStartsOne()
    {
        int[] labels = [1, 2, 0, 3, 4, 4, 6, 0, 5];

        var spans = NameLabels.Spans(labels);

        Assert.Equal([(0, 2, NameType.Person), (3, 6, NameType.Organization), (6, 7, NameType.Location), (8, 9, NameType.Location)], spans);
    }

    [Fact]
    public void Best_InsideOfAnotherType_IsNotAllowed()
    {
        float[] scores = [0, 1, 0, 0, 9, 0, 0];

        int best = NameLabels.Best(NameLabels.Begin(NameType.Person), scores, out float margin);

        Assert.Equal(1, best);
        Assert.Equal(1f, margin);
    }
}
