using Graph.Ingestion;
using Graph.Ingestion.Reading;

namespace Graph.Build.Benchmarks;

/// <summary>
/// The first N article files of the corpus folders (in the order `graph build` reads them), gathered in one folder
/// of links so a build reads exactly them, with their word count.
/// </summary>
internal sealed record CorpusSample(string Folder, int Texts, long Words)
{
    private readonly List<(string File, string Link)> _held = [];

    /// <summary>Texts left out of the folder until <see cref="AddHeld"/>.</summary>
    public int Held => _held.Count;
    /// <summary>Every article file under <paramref name="folders"/>, in build order.</summary>
    public static IReadOnlyList<string> Files(IReadOnlyList<string> folders)
    {
        var reader = new ArticleFileReader();
        return [.. ArticleDiscovery.Discover(folders, reader).Where(i => i.Error is null).Select(i => Path.GetFullPath(i.Path))];
    }

    /// <summary>
    /// Links the first <paramref name="count"/> of <paramref name="files"/> into <paramref name="folder"/>, but for
    /// <paramref name="hold"/> of them spread evenly, kept for <see cref="AddHeld"/>.
    /// </summary>
    public static CorpusSample Create(IReadOnlyList<string> files, int count, string folder, int hold = 0)
    {
        Directory.CreateDirectory(folder);
        var reader = new ArticleFileReader();
        var held = new HashSet<int>(Enumerable.Range(1, hold).Select(i => i * count / (hold + 1)));
        var heldLinks = new List<(string, string)>();
        long words = 0;
        int texts = 0;
        foreach (string file in files.Take(count))
        {
            // Numbered links keep the corpus order whatever folder each file came from.
            string link = Path.Combine(folder, texts.ToString("D6", System.Globalization.CultureInfo.InvariantCulture) + "-" + Path.GetFileName(file));
            if (held.Contains(texts++))
            {
                heldLinks.Add((file, link));
                continue;
            }

            File.CreateSymbolicLink(link, file);
            try
            {
                words += reader.Read(file).Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            }
            catch (ArticleReadException)
            {
                // The build reports it; it has no words to count.
            }
        }

        var sample = new CorpusSample(folder, texts - heldLinks.Count, words);
        sample._held.AddRange(heldLinks);
        return sample;
    }

    /// <summary>Links the texts held back into the folder.</summary>
    public void AddHeld()
    {
        foreach (var (file, link) in _held)
        {
            File.CreateSymbolicLink(link, file);
        }
    }
}
