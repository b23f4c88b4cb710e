using Graph.Ingestion.Reading;
using Graph.Testing;

namespace Graph.Ingestion.Tests;

public sealed class ArticleDiscoveryTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Discover_Folder_RecursesInOrdinalOrderAndSkipsOtherFiles()
    {
        _temp.Write("in/b.md", "x");
        _temp.Write("in/a.txt", "x");
        _temp.Write("in/sub/c.json", "{}");
        _temp.Write("in/sub/notes.docx", "x");

        var inputs = ArticleDiscovery.Discover([_temp.File("in")], new ArticleFileReader());

        Assert.Equal(["a.txt", "b.md", "c.json"], inputs.Select(i => Path.GetFileName(i.Path)));
        Assert.All(inputs, i => Assert.Null(i.Error));
    }

    [Fact]
    public void Discover_MissingPathAndEmptyFolder_BecomeErrors()
    {
        Directory.CreateDirectory(_temp.File("empty"));

        var inputs = ArticleDiscovery.Discover([_temp.File("nope"), _temp.File("empty")], new ArticleFileReader());

        Assert.Equal("no such file or folder", inputs[0].Error);
        Assert.StartsWith("no article files", inputs[1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Discover_SameFileTwice_IsReadOnce()
    {
        string file = _temp.Write("a.txt", "x");
        var inputs = ArticleDiscovery.Discover([file, _temp.Path], new ArticleFileReader());
        Assert.Single(inputs);
    }
}
