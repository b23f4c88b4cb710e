using Graph.Ingestion.Reading;

namespace Graph.Ingestion;

/// <summary>Expands files and folders (recursively) into article files, in a stable order.</summary>
public static class ArticleDiscovery
{
    /// <summary>
    /// Files named explicitly are kept whatever their extension (the reader reports unsupported ones);
    /// folders contribute every supported file below them, sorted ordinally. Missing paths and folders
    /// without articles become inputs carrying an error.
    /// </summary>
    public static IReadOnlyList<ArticleInput> Discover(IEnumerable<string> paths, ArticleFileReader reader)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(reader);
        var inputs = new List<ArticleInput>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            if (File.Exists(path))
            {
                Add(path);
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                    .Where(reader.Supports)
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (files.Count == 0)
                {
                    inputs.Add(new ArticleInput(path, $"no article files ({string.Join(" ", reader.Extensions)}) in this folder"));
                }

                files.ForEach(Add);
            }
            else
            {
                inputs.Add(new ArticleInput(path, "no such file or folder"));
            }
        }

        return inputs;

        void Add(string file)
        {
            if (seen.Add(Path.GetFullPath(file)))
            {
                inputs.Add(new ArticleInput(file));
            }
        }
    }
}
