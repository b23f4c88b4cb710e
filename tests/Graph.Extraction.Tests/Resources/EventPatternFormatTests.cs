using Graph.Extraction.Resources;
using Graph.Model;

namespace Graph.Extraction.Tests.Resources;

public sealed class EventPatternFormatTests
{
    [Fact]
    public void Parse_Row_ReadsEveryColumn()
    {
        EventPattern pattern = Assert.Single(EventPatternFormat.Parse("# header\nstep\tVERB\tup\tattack|offensive\tobj|against\tATTACK\t190\tCAMEO.2.0.txt:12\n"));

        Assert.Equal(("step", EventPos.Verb, "up"), (pattern.Lemma, pattern.Pos, pattern.Particle));
        Assert.Equal(["attack", "offensive"], pattern.Objects);
        Assert.True(pattern.Target.DirectObject);
        Assert.Equal(["against"], pattern.Target.Prepositions);
        Assert.Equal((Predicate.Attack, "190", "CAMEO.2.0.txt:12"), (pattern.Predicate, pattern.Cameo, pattern.Origin));
        Assert.Equal("step\tVERB\tup\tattack|offensive\tobj|against\tATTACK\t190\tCAMEO.2.0.txt:12", EventPatternFormat.Format(pattern));
    }

    [Fact]
    public void Parse_StructuralPredicate_MayHaveNoCode()
    {
        EventPattern pattern = Assert.Single(EventPatternFormat.Parse("back\tVERB\t-\t-\tobj\tSUPPORTS\t-\tproject"));

        Assert.Null(pattern.Cameo);
        Assert.Equal("back\tVERB\t-\t-\tobj", pattern.Key);
    }

    [Fact]
    public void Parse_FeelingWord_IsAnAdjectiveRow()
    {
        EventPattern pattern = Assert.Single(EventPatternFormat.Parse("alarmed\tADJ\t-\t-\tat|by\tCRITICIZE\t111\tproject"));

        Assert.Equal(EventPos.Adjective, pattern.Pos);
        Assert.Equal("alarmed\tADJ\t-\t-\tat|by\tCRITICIZE\t111\tproject", EventPatternFormat.Format(pattern));
    }

    [Theory]
    [InlineData("war\tNOUN\t-\t-\tin\tATTACK\t190", "line 1: 7 columns, expected 8")]
    [InlineData("war\tADV\t-\t-\tin\tATTACK\t190\tproject", "line 1: bad pos 'ADV'")]
    [InlineData("War\tNOUN\t-\t-\tin\tATTACK\t190\tproject", "line 1: bad lemma 'War'")]
    [InlineData("war\tNOUN\t-\tb|a\tin\tATTACK\t190\tproject", "line 1: object list 'b|a' is not sorted and distinct")]
    [InlineData("war\tNOUN\t-\t-\tin||on\tATTACK\t190\tproject", "line 1: bad target 'in||on'")]
    [InlineData("war\tNOUN\t-\t-\tin\tWAR\t190\tproject", "line 1: unknown predicate 'WAR'")]
    [InlineData("war\tNOUN\t-\t-\tin\tATTACK\t19\tproject", "line 1: bad CAMEO code '19'")]
    [InlineData("war\tNOUN\t-\t-\tin\tATTACK\t-\tproject", "line 1: action ATTACK needs a CAMEO code")]
    [InlineData("war\tNOUN\t-\t-\tin\tATTACK\t190\tsomewhere", "line 1: bad origin 'somewhere'")]
    public void Parse_BadRow_FailsNamingTheLine(string text, string message)
    {
        var ex = Assert.Throws<FormatException>(() => EventPatternFormat.Parse(text));

        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }
}
