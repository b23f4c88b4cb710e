using Graph.Model;
using Graph.Model.Extraction;

namespace Graph.View.Tests.Browser;

/// <summary>
/// The explorer over one article whose title, entity names and sentence hold markup, quotes, a script end
/// tag and right-to-left text. Shown anywhere as markup, they would run <c>window.__pwned = …</c>.
/// </summary>
public sealed class HostileExplorer : ExplorerFixture
{
    /// <summary>A person name that is a script element.</summary>
    public const string ScriptName = "<script>window.__pwned = 1</script> Smith";

    /// <summary>An organization name closing a script, opening an image with a handler, quotes and Arabic.</summary>
    public const string BreakoutName = "\"Quoted\" 'Co' </script><img src=x onerror=\"window.__pwned = 2\"> مرحبا بالعالم";

    /// <summary>The headline.</summary>
    public const string Title = "<b>Bold</b> </script><script>window.__pwned = 3</script> news";

    /// <summary>The sentence stating the fact.</summary>
    public static string Sentence => $"{ScriptName} met {BreakoutName} <!-- in <i>Doha</i> -->.";

    /// <summary>The id of the person.</summary>
    public static string ScriptId => StableId.Entity(EntityType.Person, ScriptName);

    /// <inheritdoc />
    protected override void BuildStore(string path)
    {
        var document = new ArticleDocument(Temp.File("hostile.txt"), Title, Sentence, new DateOnly(2021, 3, 4), "<em>Source</em>", "https://example.org/\"><script>window.__pwned=5</script>");
        string text = document.Text;
        int at = text.IndexOf(Sentence, StringComparison.Ordinal);
        var span = new TextSpan(at, at + Sentence.Length);
        string person = ScriptId;
        string organization = StableId.Entity(EntityType.Organization, BreakoutName);
        var extraction = new ArticleExtraction(
            document.FileName,
            document.Id,
            document.Published,
            [
                new ExtractedEntity(person, EntityType.Person, ScriptName, ["</script>\"alias\""], [new TextSpan(at, at + ScriptName.Length)]),
                new ExtractedEntity(organization, EntityType.Organization, BreakoutName, [], [new TextSpan(text.IndexOf(BreakoutName, StringComparison.Ordinal), text.IndexOf(BreakoutName, StringComparison.Ordinal) + BreakoutName.Length)]),
            ],
            [new ExtractedFact(person, Predicate.Meet, organization, Sentence, 0, span, new DateOnly(2021, 3, 3), null, null, 0.9)]);
        SampleStore.Build(path, [(document, extraction)]);
    }
}
