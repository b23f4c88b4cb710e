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
    [InlineData("Human Rights", "ordinary words")]
    [InlineData("UN", "one or two letters")]
    [InlineData("Palestinian", "adjective")]
    [InlineData("Kofi Mensah", "person")]
    [InlineData("Ghana", "place")]
    [InlineData("EC/UNFPA Initiative", "not written as a name")]
    public void Reject_FormsThatNameNoBody_SayWhy(string form, string reason) => Assert.Equal(reason, Judge.Reject(form));

    [Theory]
    [InlineData("Hamas")]
    [InlineData("Green Party")]
    [InlineData("NATO")]
    [InlineData("Human Rights Watch Foundation")]
    public void Reject_NamesOfBodies_AreKept(string form) => Assert.Null(Judge.Reject(form));

    [Theory]
    [InlineData("ALF", true)]
    [InlineData("Amal", true)]
    [InlineData("Hamas", false)]
    [InlineData("Green Party", false)]
    public void IsExactCase_ShortForms(string form, bool exact) => Assert.Equal(exact, Judge.IsExactCase(form));
}
