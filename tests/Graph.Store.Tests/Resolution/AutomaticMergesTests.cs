using Graph.Model;
using Graph.Store.Resolution;

namespace Graph.Store.Tests.Resolution;

public sealed class AutomaticMergesTests
{
    [Fact]
    public void Surname_SharingATitledAliasWithOneFullName_MergesIntoIt()
    {
        var merges = AutomaticMerges.Find(
        [
            Person("Okafor", 3, "President Okafor"),
            Person("Amara Okafor", 5, "President Okafor", "Amara Okafor"),
            Person("Chidi Okafor", 9, "Chidi Okafor"),
        ]);

        var merge = Assert.Single(merges);
        Assert.Equal(("person:okafor", "person:amara_okafor"), (merge.OtherId, merge.KeepId));
        Assert.Equal("surname+title: \"President Okafor\"", merge.Reason);
    }

    [Theory]
    [InlineData("US Secretary of State Lindqvist")]
    [InlineData("the Prime Minister Lindqvist")]
    [InlineData("Dr. Lindqvist")]
    [InlineData("VICE PRESIDENT LINDQVIST")]
    public void Surname_TitledAliasForms_AreRecognized(string alias)
    {
        var merges = AutomaticMerges.Find([Person("Lindqvist", 1, alias), Person("Tomas Lindqvist", 1, alias)]);

        Assert.Equal("person:tomas_lindqvist", Assert.Single(merges).KeepId);
    }

    [Fact]
    public void Surname_WithoutASharedTitledAlias_IsNotMerged()
    {
        Assert.Empty(AutomaticMerges.Find([Person("Okafor", 3, "President Okafor"), Person("Amara Okafor", 5, "Senator Okafor")]));
        Assert.Empty(AutomaticMerges.Find([Person("Okafor", 3, "Okafor"), Person("Amara Okafor", 5, "Okafor")]));
        Assert.Empty(AutomaticMerges.Find([Person("Okafor", 3, "Amara"), Person("Amara Okafor", 5, "Amara")]));
    }

    [Fact]
    public void RoleWordsTakenForNames_AreNeverMerged()
    {
        Assert.Empty(AutomaticMerges.Find([Person("Counsel", 3, "General Counsel"), Person("Associate Counsel", 5, "General Counsel")]));
        Assert.Empty(AutomaticMerges.Find([Person("Emeritus", 3, "President Emeritus"), Person("Trustee Emeritus", 5, "President Emeritus")]));
        Assert.Empty(AutomaticMerges.Find([Person("Okafor", 3, "Secretary Okafor"), Person("Secretaries Okafor", 5, "Secretary Okafor")]));
    }

    [Fact]
    public void Surname_SharingTheTitleWithTwoFullNames_IsNotMerged()
    {
        var merges = AutomaticMerges.Find(
        [
            Person("Okafor", 3, "Minister Okafor"),
            Person("Amara Okafor", 5, "Minister Okafor"),
            Person("Chidi Okafor", 5, "Minister Okafor"),
        ]);

        Assert.Empty(merges);
    }

    [Fact]
    public void Surname_SharingTheTitleWithVariantsOfOneName_MergesIntoTheirCanonical()
    {
        var merges = AutomaticMerges.Find(
        [
            Person("Okafor", 3, "Minister Okafor"),
            Person("Amara Okafor", 5, "Minister Okafor"),
            Person("Amara N. Okafor", 2, "Minister Okafor"),
        ]);

        Assert.Equal(
            [("person:amara_n_okafor", "person:amara_okafor"), ("person:okafor", "person:amara_okafor")],
            merges.Select(m => (m.OtherId, m.KeepId)));
    }

    [Theory]
    [InlineData("Amara N. Okafor, Jr.")]
    [InlineData("Amara Nkem Okafor")]
    [InlineData("Amara Okafor II")]
    [InlineData("amara okafor")]
    [InlineData("Amára Okafor")]
    public void FullNames_DifferingOnlyByMiddleSuffixOrPunctuation_Merge_TheMostMentionedKept(string variant)
    {
        var merges = AutomaticMerges.Find([Person("Amara Okafor", 4), PersonWithId("person:variant", variant, 2)]);

        var merge = Assert.Single(merges);
        Assert.Equal(("person:variant", "person:amara_okafor"), (merge.OtherId, merge.KeepId));
        Assert.StartsWith("same name but middle names: ", merge.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void FullNames_TiedOnMentions_KeepTheOrdinallySmallerId()
    {
        var merges = AutomaticMerges.Find([Person("Amara Okafor", 2), Person("Amara N. Okafor", 2)]);

        Assert.Equal(("person:amara_okafor", "person:amara_n_okafor"), (Assert.Single(merges).OtherId, merges[0].KeepId));
    }

    [Fact]
    public void FullNames_WithDifferentGivenNamesOrClashingMiddles_NeverMerge()
    {
        Assert.Empty(AutomaticMerges.Find([Person("Chidi Okafor", 2), Person("Amara Okafor", 2)]));
        Assert.Empty(AutomaticMerges.Find([Person("A. Okafor", 2), Person("Amara Okafor", 2)]));

        // "Amara Okafor" could be either: with two middle names that disagree, nothing of the three merges.
        Assert.Empty(AutomaticMerges.Find([Person("Amara N. Okafor", 2), Person("Amara B. Okafor", 2), Person("Amara Okafor", 9)]));
    }

    [Fact]
    public void FamilyNameWrittenFirst_SharingATitleWithTheFullName_MergesIntoIt()
    {
        var merges = AutomaticMerges.Find(
        [
            Person("Sato", 30, "Chairman Sato", "Japan's Prime Minister Sato"),
            Person("Sato Haruki", 40, "Japanese leader Sato Haruki", "Prime Minister Sato Haruki"),
            Person("Haruki Mori", 40, "Mr. Haruki Mori", "Prime Minister Haruki Mori"),
        ]);

        var merge = Assert.Single(merges);
        Assert.Equal(("person:sato", "person:sato_haruki"), (merge.OtherId, merge.KeepId));
    }

    [Fact]
    public void FullNames_ARareVariantClashingWithAFarCommonerOne_StaysApartAndTheRestMerge()
    {
        var merges = AutomaticMerges.Find(
        [
            Person("Amara N. Okafor", 900), Person("Amara Okafor", 2000), Person("Amara B. Okafor", 1), Person("Ama Okafor", 3),
        ]);

        Assert.Equal(["person:amara_n_okafor"], merges.Select(m => m.OtherId));
        Assert.Equal("person:amara_okafor", merges[0].KeepId);
    }

    [Theory]
    [InlineData("Tony Lindqvist", "Antony Lindqvist")]
    [InlineData("Joe Lindqvist", "Joseph R. Lindqvist, Jr.")]
    [InlineData("Kate Lindqvist", "Katherine Lindqvist")]
    public void FullNames_WithAGivenNameInFullAndFamiliar_Merge(string familiar, string formal)
    {
        var merges = AutomaticMerges.Find([PersonWithId("person:familiar", familiar, 2), PersonWithId("person:formal", formal, 7)]);

        var merge = Assert.Single(merges);
        Assert.Equal(("person:familiar", "person:formal"), (merge.OtherId, merge.KeepId));
        Assert.StartsWith("same name, given name in full and familiar: ", merge.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void FullNames_WithGivenNamesOfTwoPeople_NeverMerge()
    {
        Assert.Empty(AutomaticMerges.Find([Person("Jill Lindqvist", 2), Person("Joe Lindqvist", 2), Person("Hunter Lindqvist", 2)]));
    }

    [Fact]
    public void TwoWordName_InTheOtherOrder_MergesIntoTheMoreMentioned()
    {
        var merges = AutomaticMerges.Find([Person("Sato Haruki", 2), Person("Haruki Sato", 5), Person("Sato Sato", 1)]);

        var merge = Assert.Single(merges);
        Assert.Equal(("person:sato_haruki", "person:haruki_sato"), (merge.OtherId, merge.KeepId));
        Assert.Equal("same name in the other order: \"Sato Haruki\" = \"Haruki Sato\"", merge.Reason);
    }

    [Fact]
    public void Surname_SharingTheTitleWithSeveral_MergesIntoOneMentionedFarMore()
    {
        var merges = AutomaticMerges.Find(
        [
            Person("Okafor", 30, "President Okafor"),
            Person("Amara Okafor", 5 * AutomaticMerges.DominantShare, "President Okafor"),
            Person("Chidi Okafor", 5, "President Okafor"),
        ]);

        var merge = Assert.Single(merges);
        Assert.Equal(("person:okafor", "person:amara_okafor"), (merge.OtherId, merge.KeepId));
        Assert.Equal("surname+title: \"President Okafor\", far the most mentioned of 2", merge.Reason);
    }

    [Fact]
    public void Surname_WithTheTitleTheFullNameHas_MergesIntoIt()
    {
        var merges = AutomaticMerges.Find(
        [
            Person("Okafor", 3, "President Okafor"),
            Person("Amara Okafor", 5, "President Amara Okafor"),
            Person("Chidi Okafor", 9, "Senator Chidi Okafor"),
        ]);

        var merge = Assert.Single(merges);
        Assert.Equal(("person:okafor", "person:amara_okafor"), (merge.OtherId, merge.KeepId));
        Assert.Equal("surname+title of the full name: \"president amara okafor\"", merge.Reason);
    }

    [Fact]
    public void OtherTypes_AreNeverMergedAutomatically()
    {
        var merges = AutomaticMerges.Find(
        [
            new ResolutionEntity("organization:amara_okafor", EntityType.Organization, "Amara Okafor", [], 1),
            new ResolutionEntity("organization:amara_n_okafor", EntityType.Organization, "Amara N. Okafor", [], 1),
        ]);

        Assert.Empty(merges);
    }

    [Fact]
    public void Find_IsDeterministic_WhateverTheInputOrder()
    {
        ResolutionEntity[] people =
        [
            Person("Okafor", 3, "President Okafor"), Person("Amara Okafor", 5, "President Okafor"), Person("Amara N. Okafor", 1),
            Person("Lindqvist", 1, "Dr. Lindqvist"), Person("Tomas Lindqvist", 1, "Dr. Lindqvist"), Person("Tomas J. Lindqvist", 1),
        ];

        var forward = AutomaticMerges.Find(people);
        var backward = AutomaticMerges.Find(people.Reverse());

        Assert.Equal(4, forward.Count);
        Assert.Equal(forward, backward);
    }

    private static ResolutionEntity Person(string name, int mentions, params string[] aliases) =>
        PersonWithId(StableId.Entity(EntityType.Person, name), name, mentions, aliases);

    private static ResolutionEntity PersonWithId(string id, string name, int mentions, params string[] aliases) =>
        new(id, EntityType.Person, name, [.. aliases, name], mentions);
}
