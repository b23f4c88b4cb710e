using Graph.Extraction.Resources;

namespace Graph.Extraction.Tests.Resources;

public sealed class EventTargetTests
{
    [Theory]
    [InlineData("-", false, "")]
    [InlineData("obj", true, "")]
    [InlineData("on|against", false, "on against")]
    [InlineData("obj|on|against", true, "on against")]
    public void Parse_ColumnForm_RoundTrips(string text, bool direct, string prepositions)
    {
        EventTarget target = EventTarget.Parse(text);

        Assert.Equal(direct, target.DirectObject);
        Assert.Equal(prepositions.Split(' ', StringSplitOptions.RemoveEmptyEntries), target.Prepositions);
        Assert.Equal(text, target.ToString());
    }

    [Theory]
    [InlineData("on|obj")]
    [InlineData("on|on")]
    [InlineData("On")]
    [InlineData("")]
    public void Parse_BadForm_Fails(string text)
    {
        Assert.Throws<FormatException>(() => EventTarget.Parse(text));
    }
}
