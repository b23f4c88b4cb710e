using Graph.Cli.Tests.Support;
using Graph.Model;
using Graph.Store;
using Graph.Testing;

namespace Graph.Cli.Tests.Corpus;

/// <summary>
/// The press corpus beside the repository (<c>../shared/corpus/whitehouse</c>, about 1,070 texts) built once with
/// <c>graph build</c>, its entities (read through resolution) and their mention counts. Null when the corpus is absent.
/// </summary>
public sealed class WhiteHouseCorpus : IDisposable
{
    private readonly TempDirectory _temp = new();

    public WhiteHouseCorpus()
    {
        string? folder = RepositoryPaths.Shared is { } shared ? Path.Combine(shared, "corpus", "whitehouse") : null;
        if (folder is null || !Directory.Exists(folder))
        {
            return;
        }

        var result = GraphCli.Run(_temp.Path, null, TimeSpan.FromMinutes(15), "build", folder, "--store", "corpus.db", "--out", "out");
        BuildError = result.ExitCode == 0 ? null : $"graph build exited {result.ExitCode}: {result.StdErr}";
        using GraphStore store = GraphStore.Open(_temp.File("corpus.db"));
        Entities = [.. store.Entities()];
        Mentions = store.Mentions().GroupBy(m => m.EntityId).ToDictionary(g => g.Key, g => g.Sum(m => m.Count), StringComparer.Ordinal);
    }

    /// <summary>Why the build failed, or null.</summary>
    public string? BuildError { get; }

    /// <summary>The stored entities, or null when the corpus is absent.</summary>
    public IReadOnlyList<Entity>? Entities { get; }

    /// <summary>Mentions per entity id over the whole corpus.</summary>
    public IReadOnlyDictionary<string, int> Mentions { get; } = new Dictionary<string, int>();

    public void Dispose() => _temp.Dispose();
}
