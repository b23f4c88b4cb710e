using Graph.Extraction.Resources.Derivation;

namespace Graph.Extraction.Tests.Resources.Derivation;

public sealed class CameoCodeTests
{
    [Theory]
    [InlineData("163", "163", null, true)]
    [InlineData("042:043", "042", "043", true)]
    [InlineData(":173", null, "173", true)]
    [InlineData("---", null, null, true)]
    [InlineData(" 0231 ", "0231", null, true)]
    [InlineData("080!", null, null, false)]
    [InlineData("1:2:3", null, null, false)]
    public void Parse_ReadsForwardAndReverseCodes(string text, string? forward, string? reverse, bool readable)
    {
        CameoCode code = CameoCode.Parse(text);

        Assert.Equal((forward, reverse, readable), (code.Forward, code.Reverse, code.IsReadable));
    }
}
