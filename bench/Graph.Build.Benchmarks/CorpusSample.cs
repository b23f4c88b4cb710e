using Graph.Ingestion;
using Graph.Ingestion.Reading;

namespace Graph.Build.Benchmarks;

/// <summary>
/// The first N article files of the corpus folders (in the order `graph build` reads them), gathered in one folder
/// of links so a build reads exactly them, with their word count.
/// </summary>
internal sealed record CorpusSample(string Folder, int Texts, long Words)
{
    /// <summary>Every article file under <paramref name="folders"/>, in build order.</summary>
    public static IReadOnlyList<string> Files(IReadOnlyList<string> folders)
    {
        var reader = new ArticleFileReader();
        return [.. ArticleDiscovery.Discover(folders, reader).Where(i => i.Error is null).Select(i => Path.GetFullPath(i.Path))];
    }

    /// <summary>Links the first <paramref name="count"/> of <paramref name="files"/> into <paramref name="folder"/>.</summary>
    public static CorpusSample Create(IReadOnlyList<string> files, int count, string folder)
    {
        Directory.CreateDirectory(folder);
        var reader = new ArticleFileReader();
        long words = 0;
        int texts = 0;
        foreach (string file in files.Take(count))
        {
            // Numbered links keep the corpus order whatever folder each file came from.
            string link = Path.Combine(folder, texts.ToString("D6", System.Globalization.CultureInfo.InvariantCulture) + "-" + Path.GetFileName(file));
            File.CreateSymbolicLink(link, file);
            texts++;
            try
            {
                words += reader.Read(file).Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            }
            catch (ArticleReadException)
            {
                // The build reports it; it has no words to count.
            }
        }

        return new CorpusSample(folder, texts, words);
    }
}
