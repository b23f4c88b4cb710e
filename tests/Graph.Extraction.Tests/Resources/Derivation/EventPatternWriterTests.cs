using Graph.Extraction.Resources;
using Graph.Extraction.Resources.Derivation;
using Graph.Model;

namespace Graph.Extraction.Tests.Resources.Derivation;

public sealed class EventPatternWriterTests
{
    [Fact]
    public void Write_HeaderDocumentingTheColumnsThenOneRowPerLine()
    {
        EventPattern[] patterns =
        [
            new("impose", EventPos.Verb, null, ["embargo", "sanction"], EventTarget.Of(["against", "on"]), Predicate.ImposeSanctions, "163", "CAMEO.2.0.txt:4049"),
            new("war", EventPos.Noun, null, [], EventTarget.Of(["in", "on"]), Predicate.Attack, "190", "project"),
        ];
        using var writer = new StringWriter();

        EventPatternWriter.Write(writer, patterns);

        string[] lines = writer.ToString().Split('\n');
        string[] comments = [.. lines.TakeWhile(l => l.StartsWith('#'))];
        Assert.Equal("# lemma\tpos\tparticle\tobject\ttarget\tpredicate\tcameo\torigin", comments[^1]);
        Assert.All(["lemma:", "particle:", "object:", "target:", "predicate:", "origin:"], c => Assert.Contains(comments, l => l.Contains(c, StringComparison.Ordinal)));
        Assert.Equal(
            ["impose\tVERB\t-\tembargo|sanction\tagainst|on\tIMPOSE_SANCTIONS\t163\tCAMEO.2.0.txt:4049", "war\tNOUN\t-\t-\tin|on\tATTACK\t190\tproject", string.Empty],
            lines[comments.Length..]);
        Assert.Equal(2, EventPatternFormat.Parse(writer.ToString()).Count);
    }
}
