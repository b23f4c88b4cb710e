using Graph.Model;
using Graph.View.Api;
using Graph.View.Data;

namespace Graph.View.Tests.Api;

public sealed class EvidenceHighlighterTests
{
    private static readonly ViewEntity Subject = new(new Entity("person:x", EntityType.Person, "Rex Tillerson", ["Tillerson"]), 1, 1);
    private static readonly ViewEntity Object = new(new Entity("country:iran", EntityType.Country, "Iran", []), 1, 1);

    [Fact]
    public void Find_NamesAndAliases_WholeWordsCaseInsensitive()
    {
        const string sentence = "TILLERSON told Iran, not Iranians, that Rex Tillerson would visit.";

        var highlights = EvidenceHighlighter.Find(sentence, Subject, Object);

        Assert.Equal(
            ["TILLERSON:subject", "Iran:object", "Rex Tillerson:subject"],
            highlights.Select(h => sentence[h.Start..h.End] + ":" + h.Role));
    }

    [Fact]
    public void Find_NothingNamed_IsEmpty()
    {
        Assert.Empty(EvidenceHighlighter.Find("The minister left.", Subject, Object));
    }
}
