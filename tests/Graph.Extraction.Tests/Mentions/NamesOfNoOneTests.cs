using Graph.Extraction.Mentions;
using Graph.Extraction.Resources;
using Graph.Model;
using Graph.Syntax;

namespace Graph.Extraction.Tests.Mentions;

/// <summary>Capitalized phrases, places, roles and kinds of people the name recognizer can read as persons.</summary>
public sealed class NamesOfNoOneTests
{
    [Theory]
    [InlineData("Expanding Access")]
    [InlineData("Budgetary Support")]
    [InlineData("Hate-Fueled Violence")]
    [InlineData("Hope")]
    [InlineData("Tuvalu")]
    [InlineData("Kenyan")]
    [InlineData("Okafor Foundation President")]
    [InlineData("Okafor Enterprises")]
    [InlineData("Christmas")]
    [InlineData("Typhoon Okafor")]
    [InlineData("Okafor Humanitarian Award")]
    [InlineData("Okafor Announces Key Nominees")]
    [InlineData("Eze Rejects Isolationism")]
    [InlineData("Okafor of The")]
    [InlineData("Principal Deputy Director of Policy Planning")]
    [InlineData("Ada N. Okafor Professor of Surgery")]
    [InlineData("Secretary of Defense")]
    [InlineData("Assistant Secretary of Defense")]
    [InlineData("Counsel")]
    [InlineData("Protecting Okafor")]
    [InlineData("While Okafor")]
    [InlineData("USS Ada Okafor")]
    [InlineData("Operation Okafor")]
    [InlineData("God")]
    [InlineData("Fort Okafor")]
    [InlineData("Lake Okafor")]
    [InlineData("Mount Okafor")]
    [InlineData("San Okafor")]
    [InlineData("NSMs")]
    [InlineData("Crypto Sundays")]
    [InlineData("Booo")]
    public void DropNamesOfNoOne_OrdinaryPhrasePlaceOrRole_IsDropped(string name)
    {
        List<List<EntityMention>> mentions = [[Person(name, title: null)]];
        MentionStage.DropNamesOfNoOne(mentions, ExtractionResources.Default);
        Assert.Empty(mentions[0]);
    }

    [Theory]
    [InlineData("Chidi Okafor")]
    [InlineData("Grace Okafor")]
    [InlineData("Okafor")]
    [InlineData("Thomas More")]
    [InlineData("Ada Waters")]
    [InlineData("Grace Hapgood Waters")]
    public void DropNamesOfNoOne_NameWithANameWord_IsKept(string name)
    {
        List<List<EntityMention>> mentions = [[Person(name, title: null)]];
        MentionStage.DropNamesOfNoOne(mentions, ExtractionResources.Default);
        Assert.Single(mentions[0]);
    }

    [Fact]
    public void DropNamesOfNoOne_OrdinaryNameTheArticleGivesATitle_IsKept()
    {
        List<List<EntityMention>> mentions = [[Person("Young", title: "Judge")], [Person("Young", title: null)]];
        MentionStage.DropNamesOfNoOne(mentions, ExtractionResources.Default);
        Assert.Single(mentions[0]);
        Assert.Single(mentions[1]);
    }

    [Theory]
    [InlineData("The law helps working families, including Black families.", "Black")]
    [InlineData("Grants reach Latino communities across the country.", "Latino")]
    public void NamesAKindOfPeople_CapitalizedModifierOfAPluralNoun_IsTrue(string text, string word)
    {
        ParsedSentence parse = SyntaxModel.Default.Parse(text, 0, text.Length);
        int at = text.IndexOf(word, StringComparison.Ordinal);
        Assert.True(SentenceRecognizer.NamesAKindOfPeople(parse, new TextSpan(at, at + word.Length)));
    }

    [Theory]
    [InlineData("Governor Amara Black met the families on Monday.", "Amara Black")]
    [InlineData("The Okafor administration met farmers.", "Okafor")]
    public void NamesAKindOfPeople_NameActingOrModifyingASingular_IsFalse(string text, string name)
    {
        ParsedSentence parse = SyntaxModel.Default.Parse(text, 0, text.Length);
        int at = text.IndexOf(name, StringComparison.Ordinal);
        Assert.False(SentenceRecognizer.NamesAKindOfPeople(parse, new TextSpan(at, at + name.Length)));
    }

    [Fact]
    public void DropNamesOfNoOne_OrdinarySurnameOfAFullNameInTheArticle_IsKept()
    {
        List<List<EntityMention>> mentions = [[Person("Ada Young", title: null)], [Person("Young", title: null)], [Person("Hope", title: null)]];
        MentionStage.DropNamesOfNoOne(mentions, ExtractionResources.Default);
        Assert.Single(mentions[0]);
        Assert.Single(mentions[1]);
        Assert.Empty(mentions[2]);
    }

    [Theory]
    [InlineData("Board")]
    [InlineData("Tuvalu")]
    public void DropNamesOfNoOne_TitledOrganizationOrPlace_IsDropped(string name)
    {
        List<List<EntityMention>> mentions = [[Person(name, title: "Chair")]];
        MentionStage.DropNamesOfNoOne(mentions, ExtractionResources.Default);
        Assert.Empty(mentions[0]);
    }

    private static EntityMention Person(string name, string? title) => new()
    {
        SentenceIndex = 0,
        TokenStart = 0,
        TokenEnd = name.Split(' ').Length,
        Span = new TextSpan(0, name.Length),
        Surface = name,
        Kind = MentionKind.Name,
        Type = EntityType.Person,
        Name = name,
        Title = title,
    };

    [Theory]
    [InlineData("The Harbour Supply Chain Consortium said it would expand.", "Harbour Supply Chain Consortium")]
    [InlineData("Officials of Lake Boyd County said the roads were closed.", "Lake Boyd County")]
    [InlineData("The Harbour Investment Symposium said it would meet in May.", "Harbour Investment Symposium")]
    [InlineData("Residents of Marble Manor were evacuated, Ana Ruiz said.", "Marble Manor")]
    [InlineData("The trail crosses Lost Canyon, Ana Ruiz said.", "Lost Canyon")]
    public void Extract_NameEndingInABodysAPlacesOrAnEventsHeadWord_IsNoPerson(string text, string name)
    {
        var x = Extract.From(text);
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person && e.Name.Contains(name.Split(' ')[^1], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Title VII’s prohibition on discrimination covers it, Ana Ruiz said.")]
    [InlineData("Another Nord said so, Ana Ruiz said.")]
    [InlineData("The General Field Representatives met in Lima, Ana Ruiz said.")]
    public void Extract_RomanNumeralOrDeterminerBeforeACapitalizedWord_IsNoPerson(string text)
    {
        var x = Extract.From(text);
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person && e.Name != "Ana Ruiz");
    }

    [Theory]
    [InlineData("GOVERNOR REYES: First of all, Coach, thank you. To each of you, thanks.")]
    [InlineData("THE FIRST LADY: Thank you, Chaplain. I know that all of our hearts are with those affected.")]
    public void Extract_RoleNounCalledOut_IsNoPerson(string text)
    {
        var x = Extract.From(text);
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person && e.Name is "Coach" or "Chaplain");
    }

    [Fact]
    public void Extract_CompactNamedByItsYearAndTheme_IsAnAgreement()
    {
        var x = Extract.From("We adopt the G7 2030 Nature Compact in support of the global mission.");
        Assert.Equal(EntityType.Event, x.Entity("Nature Compact")?.Type);
    }

    [Fact]
    public void Extract_BodyAListKnowsBeforeSaid_IsThatBody()
    {
        var x = Extract.From("Q    And the Fed said today that financial upheaval stemming from the bank failures could slow growth.");
        Assert.Equal(EntityType.Organization, x.Entity("Federal Reserve")?.Type);
        Assert.DoesNotContain(x.Entities, e => e.Type == EntityType.Person);
    }
}
