using Graph.Ingestion.Reading;

namespace Graph.Cli.Commands;

/// <summary>Finds the annotated articles of a folder: every <c>NAME.gold.json</c> with its article <c>NAME.EXT</c> beside it.</summary>
internal static class AnnotatedArticles
{
    /// <summary>The gold file suffix.</summary>
    public const string GoldSuffix = ".gold.json";

    /// <summary>
    /// Annotated articles below <paramref name="folder"/>, recursively, in ordinal path order. Adds to
    /// <paramref name="errors"/> one line per gold file whose article is missing or ambiguous, or one line
    /// naming the folder when it is missing or holds no gold file.
    /// </summary>
    public static IReadOnlyList<AnnotatedArticle> Find(string folder, ArticleFileReader reader, ICollection<string> errors)
    {
        if (!Directory.Exists(folder))
        {
            errors.Add($"{folder}: {(File.Exists(folder) ? "not a folder" : "no such folder")}");
            return [];
        }

        var goldFiles = Directory.EnumerateFiles(folder, "*" + GoldSuffix, new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Order(StringComparer.Ordinal)
            .ToList();
        if (goldFiles.Count == 0)
        {
            errors.Add($"{folder}: no NAME{GoldSuffix} annotation files in this folder");
            return [];
        }

        var found = new List<AnnotatedArticle>();
        foreach (string gold in goldFiles)
        {
            string stem = gold[..^GoldSuffix.Length];
            string name = Path.GetFileName(stem);
            var articles = reader.Extensions.Select(extension => stem + extension).Where(File.Exists).ToList();
            if (articles.Count == 1)
            {
                found.Add(new AnnotatedArticle(Path.GetRelativePath(folder, stem).Replace('\\', '/'), articles[0], gold));
            }
            else if (articles.Count == 0)
            {
                errors.Add($"{gold}: no article beside it ({name} with one of {string.Join(" ", reader.Extensions)})");
            }
            else
            {
                errors.Add($"{gold}: several articles named {name} ({string.Join(", ", articles.Select(Path.GetFileName))}); keep one");
            }
        }

        return found;
    }
}
