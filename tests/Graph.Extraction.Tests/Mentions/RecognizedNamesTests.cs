using Graph.Extraction.Mentions;
using Graph.Extraction.Resources;
using Graph.Model;

namespace Graph.Extraction.Tests.Mentions;

public sealed class RecognizedNamesTests
{
    [Fact]
    public void Extract_UntitledPersonAndCompanyInNoList_AreFoundByTheTrainedRecognizer()
    {
        var x = Extract.From("Maria Kowalczyk joined Google after she left the army.");

        Assert.Equal(EntityType.Person, x.Entity("Maria Kowalczyk")?.Type);
        Assert.Equal(EntityType.Organization, x.Entity("Google")?.Type);
    }

    [Fact]
    public void Extract_NameEndingInAnOrganizationHeadWord_IsAnOrganization()
    {
        var x = Extract.From("Anna Berg joined Dartmouth College after she left the army.");

        Assert.Equal(EntityType.Organization, x.Entity("Dartmouth College")?.Type);
        Assert.Equal(EntityType.Person, x.Entity("Anna Berg")?.Type);
    }

    [Fact]
    public void Extract_RecognizedPersonsSurnameLater_IsTheSameEntity()
    {
        var x = Extract.From("Maria Kowalczyk joined Google after she left the army. Colleagues described Kowalczyk as a careful planner.");

        Assert.Contains("Kowalczyk", x.Entity("Maria Kowalczyk")!.Aliases);
        Assert.DoesNotContain(x.Entities, e => e.Name == "Kowalczyk");
    }

    [Fact]
    public void Extract_UnknownTownAfterPlacePreposition_IsACity()
    {
        var x = Extract.From("She now works for Google in Mountain View.");

        Assert.Equal(EntityType.City, x.Entity("Mountain View")?.Type);
    }

    [Fact]
    public void Extract_TitleCaseHeadline_TakesNoRecognizedNames()
    {
        var x = Extract.From("The board met on Monday.", headline: "Maria Kowalczyk Joins Lumora Board");

        Assert.Null(x.Entity("Maria Kowalczyk"));
        Assert.Null(x.Entity("Lumora"));
    }

    [Fact]
    public void Extract_ShortSentenceInTitleCase_TakesTheRecognizedPersonWhole()
    {
        var x = Extract.From("The chamber applauded. Thanks to Maria Kowalczyk. Then the vote began.");

        Assert.Equal(EntityType.Person, x.Entity("Maria Kowalczyk")?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Name == "Kowalczyk");
    }

    [Fact]
    public void Extract_HeadingInTitleCaseWithAFullStop_TakesNoRecognizedBody()
    {
        var x = Extract.From("Reducing the Burden of Medical Debt on Rural Families. Families hold more medical debt than before.");

        Assert.DoesNotContain(x.Entities, e => e.Name.Contains("Burden", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Before she joined the court, she was a partner at the law firm of Okafor & Lindqvist.", "Lindqvist")]
    [InlineData("He practiced at Brandt, Hollis, Marchetti & Quint for a decade before he joined the agency.", "Marchetti")]
    [InlineData("He joined Prescott, Hollis & Benton in 1998 and left it in 2004.", "Hollis")]
    public void Extract_NameInAListThatAmpersandCloses_IsNoPerson(string text, string partner)
    {
        var x = Extract.From(text);

        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person && e.Name.Contains(partner, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Training flights from Kessler AFB resumed on Monday after the storm.")]
    [InlineData("The crews of Kessler AFB trained with the Hollis Marchetti AFB squadron.")]
    public void Extract_NameEndingInAnAbbreviation_IsNoPerson(string text)
    {
        var x = Extract.From(text);

        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("Marwick Devices announced a $2 billion investment to upgrade its plant.", "Marwick Devices")]
    [InlineData("Brandt Platforms said it would hire 400 workers.", "Brandt Platforms")]
    public void Extract_NameEndingInAPluralNoun_IsAnOrganization(string text, string name)
    {
        var x = Extract.From(text);

        Assert.Equal(EntityType.Organization, x.Entity(name)?.Type);
    }

    [Fact]
    public void Extract_NameEndingInAPlaceFeatureWord_IsNoPerson()
    {
        var x = Extract.From("Waterfalls descend the slopes, including Corvin Falls and Aster Basin Falls, into the lake.");

        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("Maria Fields told reporters that the talks would resume on Monday.", "Maria Fields")] // a known given name
    [InlineData("Ilse Marta Fields told reporters that the talks would resume on Monday.", "Ilse Marta Fields")] // a middle name
    public void Extract_PersonWhoseSurnameIsAPluralNoun_StaysAPerson(string text, string name)
    {
        var x = Extract.From(text);

        Assert.Equal(EntityType.Person, x.Entity(name)?.Type);
    }

    [Fact]
    public void Extract_LongListOfOneWordNames_NamesNoOne()
    {
        var x = Extract.From("The counties are Jackson, Johnson, Laurel, Lawrence, Lee, Leslie, Lewis, Lincoln, Madison, and Wolfe.");

        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void Extract_AbbreviationsReadAsNames_AreBodies()
    {
        var x = Extract.From("The talks were joined by officials of the WTU and the PRLA. The meeting was attended by the ILO, KORDA, FAO, Gavi, Global Fund, IAEA and the Islamic Development Bank.");

        Assert.Equal(EntityType.Organization, x.Entity("WTU")?.Type);
        Assert.Equal(EntityType.Organization, x.Entity("ILO")?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void Extract_NameAfterAPersonAndOf_IsWhereTheyWork()
    {
        var x = Extract.From("Chief Executive Ada Okafor of Lumen Display said the plant would open.");

        Assert.Equal(EntityType.Person, x.Entity("Ada Okafor")?.Type);
        Assert.Equal(EntityType.Organization, x.Entity("Lumen Display")?.Type);
    }

    [Fact]
    public void Extract_BodyTheParseContinuesPastTheRecognizersSpan_IsNamedWhole()
    {
        var x = Extract.From("Nina Rossi, chief executive of Harlow Energy, said prices would fall.");

        Assert.Equal(EntityType.Organization, x.Entity("Harlow Energy")?.Type);
        Assert.Null(x.Entity("Harlow"));
    }

    [Theory]
    [InlineData("Remember Maria Kowalczyk said that the plan would work.", "Maria Kowalczyk")]
    [InlineData("Thank you all. (Addresses Harbour Youth Council members.) So, thank you.", "Harbour Youth Council")]
    public void Extract_VerbOpeningASentenceOrAnAside_IsNoPartOfTheName(string text, string name)
    {
        var x = Extract.From(text);

        Assert.NotNull(x.Entity(name));
        Assert.DoesNotContain(x.Entities, e => e.Name.StartsWith("Remember", StringComparison.Ordinal) || e.Name.StartsWith("Addresses", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_NamesAKindOfPlaceTakesWithOf_AreNoPeople()
    {
        var x = Extract.From("The action makes Federal funding available to affected individuals in the counties of Pemberton and Wayne.");

        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void Extract_LongWrittenListOfOneWordNames_NamesNoOneEvenWhereTheParseBreaksIt()
    {
        var x = Extract.From("Federal funding is available in the counties of Boyd, Clay, Dakota, Dawson, Fillmore, Holt, Nance, Nemaha, Saunders, and Wheeler.");

        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person && e.Name is "Nemaha" or "Fillmore" or "Saunders" or "Nance");
    }

    [Fact]
    public void Extract_ListOfOneWordNamesAfterAPluralTitle_NamesPeople()
    {
        var x = Extract.From("Thank you to Senators Moran, Tester, and Hassan, Representatives Ciscomani, Bost, Brownley, and Takano, for their leadership.");

        Assert.Equal(EntityType.Person, x.Entity("Brownley")?.Type);
    }

    [Theory]
    [InlineData("He created content for some of the biggest media companies in the world such as CBS News, Marwick Goldwyn Hale, and Sony Pictures.", "Marwick Goldwyn Hale")]
    [InlineData("Two of the three largest producers of insulin – Halden Lilly and Novo Marwick – announced lower prices.", "Novo Marwick")]
    public void Extract_NameGivenAsAKindOfBusiness_IsAnOrganization(string text, string name)
    {
        var x = Extract.From(text);

        Assert.Equal(EntityType.Organization, x.Entity(name)?.Type);
    }

    [Fact]
    public void Extract_SentenceWhoseOnlyLowerCaseWordsAreShort_IsNoTitleCaseLine()
    {
        // Every word of four letters or more is capitalized, but "met" is a verb no title leaves in lower case.
        var x = Extract.From("Sunrise Council met Harbor Council in Lyon on Monday.");

        Assert.Equal(EntityType.Organization, x.Entity("Sunrise Council")?.Type);
        Assert.Equal(EntityType.Organization, x.Entity("Harbor Council")?.Type);
    }

    [Theory]
    [InlineData("The final was played at the Kestrel Arena before a full house.")]
    [InlineData("Visitors crowded the Harbour Art Gallery on Sunday.")]
    public void Extract_UnlistedPlaceEndingInACommonWord_IsNoCity(string text)
    {
        var x = Extract.From(text);
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.City);
    }

    [Theory]
    [InlineData("Senior OSCE officials met the delegation.", "Organization for Security and Co-operation in Europe")]
    [InlineData("Fellow NATO members met the delegation.", "North Atlantic Treaty Organization")]
    public void Extract_KnownNameAfterAnOrdinaryCapitalizedWord_IsStillFound(string text, string name)
    {
        var x = Extract.From(text);
        Assert.NotNull(x.Entity(name));
    }

    [Theory]
    [InlineData("Tolliver and Lee", "Tolliver|Lee")]
    [InlineData("Ana Reyes, Tom Lind and Lee", "Ana Reyes|Tom Lind|Lee")]
    [InlineData("Ana Reyes, Jr.", "Ana Reyes, Jr.")]
    [InlineData("Ana Reyes", "Ana Reyes")]
    public void ListedPeople_SpanListingPeople_SplitsIntoEachName(string span, string expected)
    {
        var tokens = ExtractionResources.Default.Tokenizer.Tokenize(span, 0, span.Length).ToList();

        var names = SentenceRecognizer.ListedPeople(tokens, 0, tokens.Count)
            .Select(n => span[tokens[n.Start].Start..tokens[n.End - 1].End]);

        Assert.Equal(expected.Split('|'), names);
    }

    [Fact]
    public void Extract_FirstWordOfAnInstitutionsName_IsThatInstitution()
    {
        var x = Extract.From("My daughter graduated from Marwick. She wanted to go to Marwick College. Later Marwick hired her.");

        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person && e.Name == "Marwick");
        Assert.Equal(EntityType.Organization, x.Entity("Marwick College")?.Type);
    }

    [Fact]
    public void Extract_LeadersNameBeforeAdministration_StaysAPerson()
    {
        var x = Extract.From("Before that, she served in the Okafor Administration. Okafor said she was the best adviser he had.");
        Assert.Equal(EntityType.Person, x.Entity("Okafor")?.Type);
    }
}
