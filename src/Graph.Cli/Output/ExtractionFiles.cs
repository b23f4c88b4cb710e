using Graph.Extraction;
using Graph.Ingestion;

namespace Graph.Cli.Output;

/// <summary>Writes <c>NAME.json</c> (the exchange format) for every article read in a run.</summary>
internal static class ExtractionFiles
{
    /// <summary>Writes the files into <paramref name="folder"/>; false when any could not be written.</summary>
    public static bool Write(IngestReport report, string folder)
    {
        bool ok = true;
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in report.Results.Where(r => r.Extraction is not null && r.Status != ArticleStatus.Failed))
        {
            string name = Path.GetFileNameWithoutExtension(result.Path);

            // Two inputs with the same file name in different folders keep distinct outputs.
            if (!used.Add(name))
            {
                name = name + "-" + result.Document!.ContentHash[..8];
                used.Add(name);
            }

            string path = Path.Combine(folder, name + ".json");
            try
            {
                AtomicFile.Write(path, writer =>
                {
                    writer.Write(ExtractionJson.Serialize(result.Extraction!));
                    writer.Write('\n');
                    return 0;
                });
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Terminal.Error($"error: {path}: cannot write: {ex.Message}");
                ok = false;
            }
        }

        return ok;
    }
}
