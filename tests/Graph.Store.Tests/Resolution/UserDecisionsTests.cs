using Graph.Model;
using Graph.Store.Resolution;

namespace Graph.Store.Tests.Resolution;

public sealed class UserDecisionsTests
{
    private static readonly Dictionary<string, EntityType> Known = new(StringComparer.Ordinal)
    {
        ["person:amara_okafor"] = EntityType.Person,
        ["person:okafor"] = EntityType.Person,
        ["organization:okafor_holdings"] = EntityType.Organization,
    };

    [Fact]
    public void Parse_MergeAndSplitLines_TabsOrSpaces_CommentsAndBlankLinesSkipped()
    {
        var (decisions, errors) = Parse(
            "# decisions",
            "merge\tperson:amara_okafor\tperson:okafor",
            "",
            "  split   person:okafor person:amara_okafor   # not the same after all");

        Assert.Empty(errors);
        Assert.Equal(
            [new UserDecision(2, true, "person:amara_okafor", "person:okafor"), new UserDecision(4, false, "person:okafor", "person:amara_okafor")],
            decisions);
        Assert.Equal(decisions[0].Pair, decisions[1].Pair);
    }

    [Fact]
    public void Parse_UnusableLines_AreReportedWithFileAndLine_AndTheOthersStillApply()
    {
        var (decisions, errors) = Parse(
            "merge person:amara_okafor person:okafor",
            "join person:amara_okafor person:okafor",
            "merge person:amara_okafor",
            "split person:amara_okafor person:nobody",
            "merge person:okafor person:okafor",
            "merge organization:okafor_holdings person:okafor",
            "split person:amara_okafor person:okafor person:okafor");

        Assert.Single(decisions);
        Assert.Equal(
        [
            "d.tsv:2: unknown decision 'join' (expected 'merge KEEP OTHER' or 'split A B')",
            "d.tsv:3: 'merge' takes two entity ids (found 1)",
            "d.tsv:4: unknown entity id 'person:nobody'",
            "d.tsv:5: 'merge' needs two different entities",
            "d.tsv:6: cannot merge person:okafor (Person) into organization:okafor_holdings (Organization): types differ",
            "d.tsv:7: 'split' takes two entity ids (found 3)",
        ], errors);
    }

    [Fact]
    public void Split_AcrossTypes_IsAllowed()
    {
        var (decisions, errors) = Parse("split organization:okafor_holdings person:okafor");

        Assert.Empty(errors);
        Assert.Single(decisions);
    }

    [Fact]
    public void PathFor_IsBesideTheStore() => Assert.Equal("data/graph.db.entities.tsv", UserDecisions.PathFor("data/graph.db"));

    private static (IReadOnlyList<UserDecision>, IReadOnlyList<string>) Parse(params string[] lines) =>
        UserDecisions.Parse("d.tsv", lines, id => Known.TryGetValue(id, out var type) ? type : null);
}
