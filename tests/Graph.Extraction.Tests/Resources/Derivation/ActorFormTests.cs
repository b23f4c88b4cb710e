using Graph.Extraction.Resources.Derivation;

namespace Graph.Extraction.Tests.Resources.Derivation;

public sealed class ActorFormTests
{
    private static readonly WordUsage Usage = WordUsage.FromConllu(string.Join('\n',
        new[] { "who", "let", "me", "is", "chief", "human", "rights", "party", "green" }
            .SelectMany(w => new[] { $"1\t{w}\t{w}\tNOUN", $"2\t{w}\t{w}\tNOUN" })));

    private static readonly ActorPeople People = ActorPeople.From(
        PhoenixActorDictionary.Read("GHANA_ [GHA]\nKOFI_ANNAN_\n\t[GHAELI]\nKOFI_AWOONOR_\n\t[GHAGOV]\n"), new ActorNameCase(Usage), Usage);

    private static readonly ActorForm Judge = new(Usage, People);

    [Theory]
    [InlineData("UN Chief", "role phrase")]
    [InlineData("Hamas Spokesman", "role phrase")]
    [InlineData("Green", "ordinary word")]
    [InlineData("Greens", "ordinary word")]
    [InlineData("Human Rights", "ordinary words")]
    [InlineData("UN", "one or two letters")]
    [InlineData("Palestinian", "adjective")]
    [InlineData("Kofi Mensah", "person")]
    [InlineData("Ghana", "place")]
    [InlineData("EC/UNFPA Initiative", "not written as a name")]
    [InlineData("Antarctic Treaty", "document")]
    [InlineData("Osama Bin Laden", "person")]
    [InlineData("UN Secy Gen", "role phrase")]
    public void Reject_FormsThatNameNoBody_SayWhy(string form, string reason) => Assert.Equal(reason, Judge.Reject(form));

    [Theory]
    [InlineData("Hamas")]
    [InlineData("Green Party")]
    [InlineData("NATO")]
    [InlineData("Human Rights Watch Foundation")]
    [InlineData("North Atlantic Treaty Organization")]
    public void Reject_NamesOfBodies_AreKept(string form) => Assert.Null(Judge.Reject(form));

    [Theory]
    [InlineData("ASEAN Countries", false)]
    [InlineData("ASEAN Defense Ministers", false)]
    [InlineData("European Union Members", false)]
    [InlineData("UN Bodies", false)]
    [InlineData("Sahel Saharan States", true)]
    public void RejectGroupOfMembers_PluralOfPeopleOrCountriesAtTheEnd(string form, bool intergovernmental) =>
        Assert.Equal("group of members", Judge.RejectGroupOfMembers(form, intergovernmental));

    [Theory]
    [InlineData("Organization of American States", true)]
    [InlineData("Parliamentarians for Global Action", false)]
    [InlineData("Sahel Saharan States", false)]
    [InlineData("Aryan Nations", false)]
    [InlineData("Members", false)]
    public void RejectGroupOfMembers_NamesOfOneBody_AreKept(string form, bool intergovernmental) =>
        Assert.Null(Judge.RejectGroupOfMembers(form, intergovernmental));

    [Theory]
    [InlineData("ALF", true)]
    [InlineData("Amal", true)]
    [InlineData("Hamas", false)]
    [InlineData("Green Party", false)]
    public void IsExactCase_ShortForms(string form, bool exact) => Assert.Equal(exact, Judge.IsExactCase(form));
}
