using Graph.Model;

namespace Graph.Extraction.Tests.Mentions;

public sealed class HeadlineNamesTests
{
    [Fact]
    public void Extract_TitleCaseHeadline_CutsTitledNameBackToTheFormTheBodyUses()
    {
        var x = Extract.From(
            "Foreign Minister Amara Diallo met her counterpart in Accra on Monday.",
            headline: "Statement by Foreign Minister Amara Diallo Ahead Of Regional Talks");
        Assert.Equal(EntityType.Person, x.Entity("Amara Diallo")?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Name.Contains("Ahead", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_TitleCaseHeadlineWithALowerCasePossessive_IsStillTitleCase()
    {
        var x = Extract.From(
            "President Lena Marsh named three advisers on Friday.",
            headline: "President Marsh Names Three Members of her Advisory Council");
        Assert.DoesNotContain(x.Entities, e => e.Name.Contains("Names", StringComparison.Ordinal));
        Assert.Equal(EntityType.Person, x.Entity("Lena Marsh")?.Type);
    }

    [Fact]
    public void Extract_TitledHeadlineNameTheBodyGivesOnlyInCapitals_IsKept()
    {
        var x = Extract.From(
            "SECRETARY GENERAL HOLM: Thank you for hosting me today.",
            headline: "Remarks by Vice President Lena Marsh and NATO Secretary General Jens Holm Before Bilateral Meeting");
        Assert.Equal(EntityType.Person, x.Entity("Jens Holm")?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Name.Contains("Before", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_OneWordTitledHeadlineNameTheBodyGivesOnlyInCapitals_IsKept()
    {
        var x = Extract.From(
            "PRESIDENT OSEI: Good afternoon, and welcome.\nPRIME MINISTER VANG: Thank you.",
            headline: "Remarks by President Osei and Prime Minister Vang of Norway Before Bilateral Meeting");
        Assert.Equal(EntityType.Person, x.Entity("Osei")?.Type);
        Assert.Equal(EntityType.Person, x.Entity("Vang")?.Type);
    }

    [Fact]
    public void Extract_OneWordTitledHeadlineNameBeforeALowerCaseWord_IsKeptThoughTheBodyNeverUsesIt()
    {
        var x = Extract.From("THE PRESIDENT: Good afternoon.", headline: "Remarks by President Osei on the Economy");
        Assert.Equal(EntityType.Person, x.Entity("Osei")?.Type);
    }

    [Fact]
    public void Extract_HeadlineSurnameWithASuffix_IsTheFormTheBodyUses()
    {
        var x = Extract.From("President Kofi Osei spoke today with President Lina Berg of Sweden.", headline: "Readout of President Osei Jr.’s Call with President Berg of Sweden");
        Assert.Null(x.Entity("Osei Jr."));
        Assert.Equal(EntityType.Person, x.Entity("Kofi Osei")?.Type);
    }

    [Fact]
    public void Extract_TitledNameBeforeAVerbsIngForm_EndsBeforeIt()
    {
        var x = Extract.From(
            "President Lena Marsh spoke on Monday. President Marsh Honoring Veterans was the title of the event.",
            headline: "President Marsh Honoring Veterans");
        Assert.DoesNotContain(x.Entities, e => e.Name.Contains("Honoring", StringComparison.Ordinal));
        Assert.Equal(EntityType.Person, x.Entity("Lena Marsh")?.Type);
    }

    [Fact]
    public void Extract_TitledNameClosedByALowerCaseWordInAHeadline_IsAPersonTheBodyNeedNotRepeat()
    {
        var x = Extract.From("The strikes left millions without power.", "Statement by NSC Spokesperson Ines Varga on Power Outages in Chile");
        Assert.Equal(EntityType.Person, x.Entity("Ines Varga")?.Type);
    }

    [Fact]
    public void Extract_TitledNameRunningIntoAHeadlinesVerb_IsNoLongerName()
    {
        var x = Extract.From("The plan was announced.", "Fact Sheet: Vice President Ines Varga Launches the Safer Streets Initiative");
        Assert.DoesNotContain(x.Entities, e => e.Name.EndsWith("Launches", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SurnameWithASuffixInAHeadline_IsNoFullName()
    {
        var x = Extract.From("President Ines Varga spoke this afternoon with President Tomas Berg of Chile.", "Readout of President Varga Jr.’s Call with President Berg of Chile");
        Assert.DoesNotContain(x.Entities, e => e.Name.EndsWith("Jr.", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_TitleCaseHeadlineVerbBeforeADeterminer_IsNoPartOfTheName()
    {
        var x = Extract.From(
            "On Monday, President Okafor delivered the list to parliament.",
            headline: "President Okafor Designates the 2026 Priority List");
        Assert.Equal(EntityType.Person, x.Entity("Okafor")?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Name.Contains("Designates", StringComparison.Ordinal)
            || e.Aliases.Any(a => a.Contains("Designates", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("President Okafor Transmits Compacts of Trade Agreements to Parliament", "Transmits")]
    [InlineData("President Okafor Promised to End the Levy — and She Delivered", "Promised")]
    public void Extract_TitleCaseHeadlineVerbAfterATitledName_IsNoPartOfTheName(string headline, string verb)
    {
        var x = Extract.From("Today President Okafor sent parliament five agreements.", headline: headline);

        Assert.Equal(EntityType.Person, x.Entity("Okafor")?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Aliases.Concat([e.Name]).Any(a => a.Contains(verb, StringComparison.Ordinal)));
    }

    [Fact]
    public void Extract_TitleCaseLineOfTheBody_CutsANameBeforeItsVerb()
    {
        var x = Extract.From(
            "*Vice President Okafor Details Action Plan Progress, Announces Nearly $1 Billion for Clean School Buses*\n\nToday, Vice President Okafor met the governors.",
            headline: "Fact Sheet: Progress on the School Plan");

        Assert.Equal(EntityType.Person, x.Entity("Okafor")?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Aliases.Concat([e.Name]).Any(a => a.Contains("Details", StringComparison.Ordinal)));
    }

    [Fact]
    public void Extract_SentenceFullOfTitlesAndNames_KeepsItsNames()
    {
        var x = Extract.From("Principal Deputy Adviser Tomas Berg traveled to Lima and met today with President Kais Saied of Peru.");
        Assert.Equal(EntityType.Person, x.Entity("Kais Saied")?.Type);
    }

    [Fact]
    public void Extract_ListOfGuestsInTitleCase_KeepsSurnamesThatLookLikeVerbs()
    {
        var x = Extract.From("Mr. Jim Banks & Ms. Kate Waters  Mr. Tom Sellers & Dr. Peter Marks  Ms. Ana Fields & Mr. Tom Brooks");
        Assert.Equal(EntityType.Person, x.Entity("Ana Fields")?.Type);
        Assert.Equal(EntityType.Person, x.Entity("Peter Marks")?.Type);
    }

    [Fact]
    public void Extract_TitledHeadlineNameWhoseSurnameTheBodyUsesInCapitals_IsWholeAndTakesTheGivenNameAlone()
    {
        var x = Extract.From(
            "MS. LINDQVIST: Good afternoon.\nQ Thank you, Ana. A question on the budget.\nMS. LINDQVIST: Go ahead.",
            headline: "Press Briefing by Press Secretary Ana Lindqvist, August 11, 2021");

        Assert.Equal(EntityType.Person, x.Entity("Ana Lindqvist")?.Type);
        Assert.Null(x.Entity("Ana"));
    }
}
