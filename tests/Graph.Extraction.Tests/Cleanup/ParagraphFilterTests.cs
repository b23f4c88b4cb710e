using Graph.Extraction.Cleanup;
using Graph.Extraction.Resources;

namespace Graph.Extraction.Tests.Cleanup;

public sealed class ParagraphFilterTests
{
    private readonly ParagraphFilter _filter = new(ExtractionResources.Default.Lexicon);

    [Fact]
    public void SkipReason_EnglishNewsParagraph_IsKept() =>
        Assert.Null(_filter.SkipReason("The foreign ministers of Chile and Peru met in Lima on Tuesday to discuss the border."));

    [Theory]
    [InlineData("Le ministre a déclaré que les discussions avec le gouvernement sont dans une impasse pour le moment.", "language:fr")]
    [InlineData("El presidente dijo que las negociaciones con los rebeldes se han suspendido por el momento.", "language:es")]
    [InlineData("Die Regierung hat die Gespräche mit der Opposition auf unbestimmte Zeit verschoben, sagte der Sprecher.", "language:de")]
    public void SkipReason_ParagraphInAnotherLanguage_IsSkipped(string paragraph, string reason) =>
        Assert.Equal(reason, _filter.SkipReason(paragraph));

    [Fact]
    public void SkipReason_ShortPublisherNotice_IsBoilerplate() =>
        Assert.Equal("boilerplate", _filter.SkipReason("Copyright © 2024 Daily Herald. All rights reserved."));

    [Fact]
    public void SkipReason_EnglishWithForeignNames_IsKept() =>
        Assert.Null(_filter.SkipReason("Officials from La Paz and Le Havre said the deal would be signed in the spring."));

    [Fact]
    public void Extract_ForeignNoticeAfterArticle_AddsNothingFromIt()
    {
        // Given an English article followed by a French publisher notice naming other places
        var extraction = Extract.From(
            "Kenya accused Somalia of violating the border.\n" +
            "Notre rédaction propose une couverture de la Tunisie et du Maroc. Pour en savoir plus sur la reprise de ce contenu, veuillez remplir ce formulaire.");

        // Then the notice adds no entities
        Assert.NotNull(extraction.Entity("Kenya"));
        Assert.Null(extraction.Entity("Tunisia"));
        Assert.Null(extraction.Entity("Morocco"));
    }
}
