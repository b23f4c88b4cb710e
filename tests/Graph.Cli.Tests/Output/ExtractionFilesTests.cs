using Graph.Cli.Output;
using Graph.Ingestion;
using Graph.Model;
using Graph.Model.Extraction;
using Graph.Testing;

namespace Graph.Cli.Tests.Output;

public sealed class ExtractionFilesTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Add_UnchangedArticleWhoseFileIsInPlace_KeepsTheFileAndDoesNotExtract()
    {
        var document = new ArticleDocument("in/a.txt", "Title", "Body.");
        Build([new ArticleResult("in/a.txt", ArticleStatus.Added, null, document, Extraction(document, "first"))]);
        int extractions = 0;
        var files = new ExtractionFiles(_temp.File("extract"), d => { extractions++; return Extraction(d, "second"); });

        Assert.True(files.IsCurrent(document));
        files.Add(new ArticleResult("in/a.txt", ArticleStatus.Unchanged, null, document));
        Assert.True(files.Complete());

        Assert.Equal(0, extractions);
        Assert.Contains("\"first\"", File.ReadAllText(_temp.File("extract/a.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Add_UnchangedArticleWhoseFileHoldsOtherContent_ExtractsAndRewritesIt()
    {
        // The file name now holds a text stored long ago: the file left by the last run describes another text.
        var older = new ArticleDocument("in/a.txt", "Title", "Older body.");
        var newer = new ArticleDocument("in/a.txt", "Title", "Newer body.");
        Build([new ArticleResult("in/a.txt", ArticleStatus.Added, null, newer, Extraction(newer, "newer"))]);
        var files = new ExtractionFiles(_temp.File("extract"), d => Extraction(d, "older"));

        Assert.False(files.IsCurrent(older));
        files.Add(new ArticleResult("in/a.txt", ArticleStatus.Unchanged, null, older));
        Assert.True(files.Complete());

        Assert.Contains("\"older\"", File.ReadAllText(_temp.File("extract/a.json")), StringComparison.Ordinal);
        Assert.Equal($"a.json\t{older.ContentHash}\n", File.ReadAllText(_temp.File("extract/index.tsv")));
    }

    [Fact]
    public void Add_RunStoppedBeforeComplete_LeavesNoIndexToTrust()
    {
        var document = new ArticleDocument("in/a.txt", "Title", "Body.");
        Build([new ArticleResult("in/a.txt", ArticleStatus.Added, null, document, Extraction(document, "first"))]);
        var changed = new ArticleDocument("in/a.txt", "Title", "Changed body.");

        new ExtractionFiles(_temp.File("extract"), d => Extraction(d, "x"))
            .Add(new ArticleResult("in/a.txt", ArticleStatus.Added, null, changed, Extraction(changed, "changed")));

        Assert.False(File.Exists(_temp.File("extract/index.tsv")));
        Assert.False(new ExtractionFiles(_temp.File("extract"), d => Extraction(d, "x")).IsCurrent(document));
    }

    [Fact]
    public void Complete_KeepsTheLinesOfFilesThisRunDidNotTouch_InFileNameOrder()
    {
        var a = new ArticleDocument("in/a.txt", "Title", "A.");
        var b = new ArticleDocument("in/b.txt", "Title", "B.");
        Build([new ArticleResult("in/b.txt", ArticleStatus.Added, null, b, Extraction(b, "b"))]);

        Build([new ArticleResult("in/a.txt", ArticleStatus.Added, null, a, Extraction(a, "a"))]);

        Assert.Equal($"a.json\t{a.ContentHash}\nb.json\t{b.ContentHash}\n", File.ReadAllText(_temp.File("extract/index.tsv")));
    }

    [Fact]
    public void Add_SameFileNameInTwoFolders_KeepsBothUnderDistinctNames()
    {
        var first = new ArticleDocument("one/a.txt", "Title", "First.");
        var second = new ArticleDocument("two/a.txt", "Title", "Second.");

        Build([
            new ArticleResult("one/a.txt", ArticleStatus.Added, null, first, Extraction(first, "first")),
            new ArticleResult("two/a.txt", ArticleStatus.Added, null, second, Extraction(second, "second")),
        ]);

        Assert.Equal(
            ["a-" + second.ContentHash[..8] + ".json", "a.json", "index.tsv"],
            Directory.GetFiles(_temp.File("extract")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private void Build(IEnumerable<ArticleResult> results)
    {
        var files = new ExtractionFiles(_temp.File("extract"), _ => throw new InvalidOperationException("not expected"));
        foreach (var result in results)
        {
            files.Add(result);
        }

        Assert.True(files.Complete());
    }

    // The entity's name marks which extraction a file holds.
    private static ArticleExtraction Extraction(ArticleDocument document, string marker) =>
        new(document.FileName, document.Id, null, [new ExtractedEntity(StableId.Entity(EntityType.Country, marker), EntityType.Country, marker, [], [])], []);
}
