using Graph.Store.Resolution;

namespace Graph.Store.Tests.Resolution;

public sealed class MergePlannerTests
{
    private static readonly AutomaticMerge SurnameMerge = new("person:okafor", "person:amara_okafor", "surname+title: \"President Okafor\"");

    [Fact]
    public void AutomaticMerge_IsPlannedWithItsReason()
    {
        var plan = MergePlanner.Plan("d.tsv", [], [SurnameMerge]);

        Assert.Equal(("person:amara_okafor", SurnameMerge.Reason), plan.Merges["person:okafor"]);
        Assert.Empty(plan.Errors);
    }

    [Fact]
    public void Split_OverridesAnAutomaticMerge()
    {
        var plan = MergePlanner.Plan("d.tsv", [Split(1, "person:okafor", "person:amara_okafor")], [SurnameMerge]);

        Assert.Empty(plan.Merges);
        Assert.Empty(plan.Errors);
    }

    [Fact]
    public void LaterLine_WinsOnTheSamePair()
    {
        var mergedThenSplit = MergePlanner.Plan("d.tsv", [Merge(1, "person:a", "person:b"), Split(2, "person:b", "person:a")], []);
        var splitThenMerged = MergePlanner.Plan("d.tsv", [Split(1, "person:a", "person:b"), Merge(2, "person:b", "person:a")], []);

        Assert.Empty(mergedThenSplit.Merges);
        Assert.Equal(("person:b", "user: d.tsv:2"), splitThenMerged.Merges["person:a"]);
    }

    [Fact]
    public void Merges_Chain_ToOneRoot_TheUsersKeepCanonical()
    {
        var plan = MergePlanner.Plan(
            "d.tsv",
            [Merge(1, "person:b", "person:c"), Merge(2, "person:a", "person:b")],
            [new AutomaticMerge("person:a", "person:d", "same name but middle names: \"A\" = \"D\"")]);

        Assert.Equal(["person:b", "person:c", "person:d"], plan.Merges.Keys);
        Assert.All(plan.Merges.Values, m => Assert.Equal("person:a", m.Into));
        Assert.Equal("user: d.tsv:1", plan.Merges["person:c"].Reason);
        Assert.StartsWith("same name", plan.Merges["person:d"].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Cycle_IsRefusedWithAnError_TheOtherLinesApplied()
    {
        var plan = MergePlanner.Plan(
            "d.tsv",
            [Merge(1, "person:a", "person:b"), Merge(2, "person:b", "person:c"), Merge(3, "person:c", "person:a")],
            []);

        Assert.Equal(["d.tsv:3: merge person:c person:a makes a cycle (person:c is already merged into person:a)"], plan.Errors);
        Assert.Equal([("person:a", "user: d.tsv:1"), ("person:a", "user: d.tsv:2")], plan.Merges.Values);
    }

    [Fact]
    public void MergeJoiningASplitPair_IsRefusedWithAnError()
    {
        var plan = MergePlanner.Plan(
            "d.tsv",
            [Split(1, "person:a", "person:c"), Merge(2, "person:a", "person:b"), Merge(3, "person:b", "person:c")],
            []);

        Assert.Equal(["d.tsv:3: merge person:b person:c would make person:a and person:c one entity, which line 1 splits"], plan.Errors);
        Assert.Equal(["person:b"], plan.Merges.Keys);
    }

    [Fact]
    public void AutomaticMerges_NeverJoinTwoGroupsTheUserBuilt()
    {
        var plan = MergePlanner.Plan(
            "d.tsv",
            [Merge(1, "person:a", "person:x"), Merge(2, "person:b", "person:y")],
            [new AutomaticMerge("person:a", "person:b", "auto")]);

        Assert.Equal(["person:x", "person:y"], plan.Merges.Keys);
    }

    private static UserDecision Merge(int line, string keep, string other) => new(line, true, keep, other);

    private static UserDecision Split(int line, string a, string b) => new(line, false, a, b);
}
