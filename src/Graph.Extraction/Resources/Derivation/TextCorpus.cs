namespace Graph.Extraction.Resources.Derivation;

/// <summary>A folder of running texts (<c>.txt</c> and <c>.md</c> files, searched recursively), read in a fixed order.</summary>
public static class TextCorpus
{
    /// <summary>The text files under <paramref name="folder"/>, in ordinal order of their paths.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static IReadOnlyList<string> Files(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return
        [
            .. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                .OrderBy(f => f, StringComparer.Ordinal),
        ];
    }
}
