namespace Graph.Testing;

/// <summary>Locations in the repository, found from the test assembly's folder.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding <c>Graph.sln</c>.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The sample articles the main job reads by default.</summary>
    public static string SampleArticles => Path.Combine(Root, "data", "articles");

    /// <summary>The Cypher query library.</summary>
    public static string Queries => Path.Combine(Root, "queries");

    /// <summary>The folder with the Node.js test tools and their node_modules.</summary>
    public static string JsTools => Path.Combine(Root, "tests", "js");

    /// <summary>The shared folder beside the repository (evaluation data, corpus), when present.</summary>
    public static string? Shared
    {
        get
        {
            string candidate = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(candidate) ? candidate : null;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Graph.sln not found above " + AppContext.BaseDirectory);
    }
}
