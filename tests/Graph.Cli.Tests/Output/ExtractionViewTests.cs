using Graph.Cli.Output;
using Graph.Model;
using Graph.Model.Extraction;
using Spectre.Console;

namespace Graph.Cli.Tests.Output;

public sealed class ExtractionViewTests
{
    private static readonly ExtractedEntity Ruritania = Entity(EntityType.Country, "Ruritania");
    private static readonly ExtractedEntity Borduria = Entity(EntityType.Country, "Borduria");
    private static readonly ExtractedEntity Strelsau = Entity(EntityType.City, "Strelsau");
    private static readonly ExtractedEntity Zenda = Entity(EntityType.City, "Zenda");
    private static readonly ExtractedEntity Kovacs = Entity(EntityType.Person, "Anna Kovacs");

    [Fact]
    public void Render_ListsEachParagraphNotRead_WithItsSpanAndReason()
    {
        var extraction = new ArticleExtraction("a.txt", "article:0", null, [Ruritania, Borduria], [Fact(Borduria, 0, FactStatus.Asserted, null)],
            [new SkippedText(new TextSpan(40, 95), "language:fr"), new SkippedText(new TextSpan(96, 140), "boilerplate")]);

        string[] lines = Render(extraction);

        Assert.Contains(lines, l => l.Contains("2 paragraphs not read: 1 boilerplate, 1 language:fr", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Trim() == "not read 40-95 language:fr");
        Assert.Contains(lines, l => l.Trim() == "not read 96-140 boilerplate");
    }

    [Fact]
    public void Render_ShowsStatusAndSource_AndListsUnassertedFactsAfterTheAssertedOnes()
    {
        // Arrange: the unasserted facts come first in extraction order
        var extraction = new ArticleExtraction("attacks.txt", "article:0", null, [Ruritania, Borduria, Strelsau, Zenda, Kovacs],
        [
            Fact(Strelsau, 0, FactStatus.Alleged, Kovacs.Id),
            Fact(Borduria, 1, FactStatus.Asserted, null),
            Fact(Zenda, 2, FactStatus.Negated, null),
        ]);

        // Act
        string[] lines = Render(extraction);

        // Assert
        Assert.Contains(lines, l => l.Contains("1 facts · 2 unasserted", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Status", StringComparison.Ordinal) && l.Contains("Source", StringComparison.Ordinal));
        int asserted = Array.FindIndex(lines, l => l.Contains("Borduria", StringComparison.Ordinal) && l.Contains("ATTACK", StringComparison.Ordinal));
        int alleged = Array.FindIndex(lines, l => l.Contains("Strelsau", StringComparison.Ordinal) && l.Contains("ATTACK", StringComparison.Ordinal));
        int negated = Array.FindIndex(lines, l => l.Contains("Zenda", StringComparison.Ordinal) && l.Contains("ATTACK", StringComparison.Ordinal));
        Assert.True(asserted >= 0 && asserted < alleged && alleged < negated, string.Join("\n", lines));
        Assert.Contains("asserted", lines[asserted], StringComparison.Ordinal);
        Assert.Contains("alleged", lines[alleged], StringComparison.Ordinal);
        Assert.Contains("Anna Kovacs", lines[alleged], StringComparison.Ordinal);
        Assert.Contains("negated", lines[negated], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OnlyAssertedFacts_TitleCountsFactsAlone()
    {
        var extraction = new ArticleExtraction("a.txt", "article:0", null, [Ruritania, Borduria], [Fact(Borduria, 0, FactStatus.Asserted, null)]);

        string[] lines = Render(extraction);

        Assert.Contains(lines, l => l.Contains("1 facts", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("unasserted", StringComparison.Ordinal));
    }

    private static string[] Render(ArticleExtraction extraction)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 240;
        ExtractionView.Render(extraction, console);
        return writer.ToString().Split('\n');
    }

    private static ExtractedEntity Entity(EntityType type, string name) => new(StableId.Entity(type, name), type, name, [], []);

    private static ExtractedFact Fact(ExtractedEntity target, int sentence, FactStatus status, string? source) =>
        new(Ruritania.Id, Predicate.Attack, target.Id, $"Sentence {sentence}.", sentence, new TextSpan(sentence * 20, (sentence * 20) + 11),
            null, null, null, 0.8, status, source);
}
