using Graph.Model;
using Graph.Model.Extraction;
using Graph.Store;
using Graph.Testing;
using Graph.View.Hosting;

namespace Graph.View.Tests.Browser;

/// <summary>
/// The explorer serving one article whose title, entity names and sentence hold markup, quotes, a script end
/// tag, an HTML comment and right-to-left text. Shown anywhere as markup, they would set <c>window.__pwned</c>.
/// </summary>
public sealed class HostileExplorer : IAsyncLifetime
{
    /// <summary>A person name that is a script element.</summary>
    public const string ScriptName = "<script>window.__pwned = 1</script> Smith";

    /// <summary>An organization name closing a script, opening an image with a handler, quotes and Arabic.</summary>
    public const string BreakoutName = "\"Quoted\" 'Co' </script><img src=x onerror=\"window.__pwned = 2\"> مرحبا بالعالم";

    /// <summary>The headline.</summary>
    public const string Title = "<b>Bold</b> </script><script>window.__pwned = 3</script> news";

    private readonly TempDirectory _temp = new();
    private ViewServer? _server;

    /// <summary>The sentence stating the one fact.</summary>
    public static string Sentence => $"{ScriptName} met {BreakoutName} <!-- in <i>Doha</i> -->.";

    /// <summary>The person's id.</summary>
    public static string ScriptId => StableId.Entity(EntityType.Person, ScriptName);

    /// <summary>The running server.</summary>
    public ViewServer Server => _server ?? throw new InvalidOperationException("the server has not started");

    /// <summary>A folder for the test class's files.</summary>
    public TempDirectory Temp => _temp;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        string path = _temp.File("graph.db");
        using (var store = GraphStore.Open(path))
        {
            var document = new ArticleDocument(
                _temp.File("hostile.txt"), Title, Sentence, new DateOnly(2021, 3, 4), "<em>Source</em>", "https://example.org/\"><script>window.__pwned = 4</script>");
            store.Ingest(document, Extraction(document));
        }

        _server = await ViewServer.StartAsync(path);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _temp.Dispose();
    }

    // What an extractor would find: both names, an alias with markup, one dated fact.
    private static ArticleExtraction Extraction(ArticleDocument document)
    {
        string text = document.Text;
        TextSpan SpanOf(string part)
        {
            int at = text.IndexOf(part, StringComparison.Ordinal);
            return new TextSpan(at, at + part.Length);
        }

        string organization = StableId.Entity(EntityType.Organization, BreakoutName);
        return new ArticleExtraction(
            document.FileName,
            document.Id,
            document.Published,
            [
                new ExtractedEntity(ScriptId, EntityType.Person, ScriptName, ["</script>\"alias\""], [SpanOf(ScriptName)]),
                new ExtractedEntity(organization, EntityType.Organization, BreakoutName, [], [SpanOf(BreakoutName)]),
            ],
            [new ExtractedFact(ScriptId, Predicate.Meet, organization, Sentence, 1, SpanOf(Sentence), new DateOnly(2021, 3, 3), null, null, 0.9)]);
    }
}
