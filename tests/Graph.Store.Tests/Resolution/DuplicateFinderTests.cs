using Graph.Model;
using Graph.Store.Resolution;

namespace Graph.Store.Tests.Resolution;

public sealed class DuplicateFinderTests
{
    private static readonly Func<string, string, bool> NoSplits = (_, _) => false;

    [Fact]
    public void SameNameWithoutTitleOrMiddleInitial_IsACandidate_TheMostMentionedKept()
    {
        var candidates = DuplicateFinder.Find([Group("President Amara Okafor", 2), Group("Amara B. Okafor", 7)], NoSplits);

        var candidate = Assert.Single(candidates);
        Assert.Equal(("person:amara_b_okafor", "person:president_amara_okafor", 9), (candidate.KeepId, candidate.OtherId, candidate.Mentions));
        Assert.Equal("same name without titles or middle names: \"Amara B. Okafor\" ~ \"President Amara Okafor\"", candidate.Evidence);
        Assert.Equal("graph entities merge person:amara_b_okafor person:president_amara_okafor", candidate.MergeCommand);
    }

    [Fact]
    public void OneWordPerson_MatchingSeveralFullNames_IsACandidateForEach_TheFullNameKept()
    {
        var candidates = DuplicateFinder.Find([Group("Okafor", 5), Group("Amara Okafor", 1), Group("Chidi Okafor", 2)], NoSplits);

        Assert.Equal(
            [("person:chidi_okafor", "person:okafor"), ("person:amara_okafor", "person:okafor")],
            candidates.Select(c => (c.KeepId, c.OtherId)));
        Assert.All(candidates, c => Assert.Equal("\"Okafor\" is the surname of 2 full names", c.Evidence));
    }

    [Fact]
    public void SharedAlias_OfTwoEntitiesOfOneType_IsACandidate_NotAcrossTypes()
    {
        var candidates = DuplicateFinder.Find(
        [
            Group("Vesna Accord", 1, EntityType.Event, "Accord of Vesna"),
            Group("Treaty of Vesna", 3, EntityType.Event, "ACCORD OF VESNA"),
            Group("Accord Party", 3, EntityType.Organization, "Accord of Vesna"),
        ], NoSplits);

        var candidate = Assert.Single(candidates);
        Assert.Equal(("namedevent:treaty_of_vesna", "namedevent:vesna_accord"), (candidate.KeepId, candidate.OtherId));
        Assert.StartsWith("shared alias ", candidate.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void SharedRoleDescription_IsNoSign_ASharedNameIs()
    {
        var candidates = DuplicateFinder.Find(
        [
            Group("Amara Okafor", 5, EntityType.Person, "the premier", "Premier", "Dr. Okafor"),
            Group("Nkem Okafor", 3, EntityType.Person, "the premier", "Premier", "Dr. Okafor"),
        ], NoSplits);

        Assert.Equal("shared alias \"Dr. Okafor\"", Assert.Single(candidates).Evidence);
    }

    [Fact]
    public void PairsTheUserSplit_AreLeftOut()
    {
        var candidates = DuplicateFinder.Find([Group("Okafor", 5), Group("Amara Okafor", 1)], (a, b) => a == "person:amara_okafor" && b == "person:okafor");

        Assert.Empty(candidates);
    }

    [Fact]
    public void DifferentPeople_AreNoCandidates()
    {
        Assert.Empty(DuplicateFinder.Find([Group("Amara Okafor", 5), Group("Chidi Okafor", 1), Group("General Motors", 1, EntityType.Organization), Group("Motors", 1, EntityType.Organization)], NoSplits));
    }

    private static ResolutionGroup Group(string name, int mentions, EntityType type = EntityType.Person, params string[] aliases)
    {
        string id = StableId.Entity(type, name);
        return new ResolutionGroup(id, type, name, [id], [name, .. aliases], mentions);
    }
}
