namespace Graph.Neo4j.Tests;

public sealed class CypherLiteralTests
{
    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("O'Brien", @"'O\'Brien'")]
    [InlineData(@"back\slash", @"'back\\slash'")]
    [InlineData("a\nb\r\tc", @"'a\nb\r\tc'")]
    [InlineData("say \"hi\"", "'say \\\"hi\\\"'")]
    [InlineData("nul\u0000", @"'nul\u0000'")]
    [InlineData("bidi\u202E", @"'bidi\u202E'")]
    [InlineData("sep\u2028", @"'sep\u2028'")]
    [InlineData("Zürich 🚀", "'Zürich 🚀'")]
    public void Quote_EscapesWhatCouldBreakOrHide(string text, string expected)
    {
        // Act
        string literal = CypherLiteral.Quote(text);

        // Assert
        Assert.Equal(expected, literal);
    }

    [Fact]
    public void Quote_UnpairedSurrogate_IsEscaped()
    {
        // (Not theory data: the test runner cannot serialize an unpaired surrogate.)
        Assert.Equal(@"'lone\uD800 \uDC00'", CypherLiteral.Quote("lone\uD800 \uDC00"));
    }

    [Fact]
    public void Format_WholeDouble_KeepsItAFloat()
    {
        Assert.Equal("1.0", CypherLiteral.Format(1.0));
        Assert.Equal("0.1", CypherLiteral.Format(0.1));
        Assert.Equal("1E-07", CypherLiteral.Format(1e-7));
    }

    [Fact]
    public void Format_NotFinite_Throws()
    {
        Assert.Throws<ArgumentException>(() => CypherLiteral.Format(double.NaN));
    }

    [Fact]
    public void Format_MapWithDateAndList_SortsKeysAndWritesDateCall()
    {
        // Arrange
        var map = new Dictionary<string, object?>
        {
            ["z"] = new[] { "a", "b" },
            ["a"] = new DateOnly(2017, 10, 22),
            ["odd key"] = 3L,
            ["flag"] = true,
        };

        // Act
        string literal = CypherLiteral.Format(map);

        // Assert
        Assert.Equal("{a: date('2017-10-22'), flag: true, `odd key`: 3, z: ['a', 'b']}", literal);
    }

    [Fact]
    public void Format_UnsupportedType_Throws()
    {
        Assert.Throws<ArgumentException>(() => CypherLiteral.Format(new object()));
    }
}
