using Graph.Extraction;
using Graph.Ingestion;
using Graph.Model;
using Graph.Model.Extraction;

namespace Graph.Cli.Output;

/// <summary>
/// Writes <c>NAME.json</c> (the exchange format) for every article read in a run, as each article completes, and
/// <c>index.tsv</c>: which article content (hash) each file was extracted from. A file whose index line already
/// names the article's content is left as it is, so a rerun neither extracts nor rewrites unchanged articles.
/// </summary>
internal sealed class ExtractionFiles
{
    /// <summary>The index's file name in the extraction folder.</summary>
    public const string IndexName = "index.tsv";

    private readonly string _folder;
    private readonly Func<ArticleDocument, ArticleExtraction> _extract;
    private readonly Dictionary<string, string> _previous;
    private readonly Dictionary<string, string> _previousFiles = new(StringComparer.Ordinal);
    private readonly List<(string Name, string Hash)> _entries = [];
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private bool _indexRemoved;

    /// <summary>Reads the index left by the last run in <paramref name="folder"/>, if any.</summary>
    /// <param name="folder">The extraction folder.</param>
    /// <param name="extract">Extraction, for an unchanged article whose file is missing or stale.</param>
    public ExtractionFiles(string folder, Func<ArticleDocument, ArticleExtraction> extract)
    {
        _folder = folder;
        _extract = extract;
        _previous = ReadIndex(Path.Combine(folder, IndexName));
        foreach (var (file, hash) in _previous)
        {
            _previousFiles.TryAdd(hash, file);
        }
    }

    /// <summary>False once a file could not be written.</summary>
    public bool Ok { get; private set; } = true;

    /// <summary>
    /// True when a file extracted from this content is likely still in place (its final name is only known in
    /// input order, where <see cref="Add"/> checks again). Safe to call from several threads.
    /// </summary>
    public bool IsCurrent(ArticleDocument document) =>
        _previousFiles.TryGetValue(document.ContentHash, out string? file) && File.Exists(Path.Combine(_folder, file));

    /// <summary>Writes (or keeps) the file of one result; results must come in input order.</summary>
    public void Add(ArticleResult result)
    {
        if (result.Status == ArticleStatus.Failed || result.Document is null)
        {
            return;
        }

        string name = Path.GetFileNameWithoutExtension(result.Path);

        // Two inputs with the same file name in different folders keep distinct outputs.
        if (!_used.Add(name))
        {
            name = name + "-" + result.Document.ContentHash[..8];
            _used.Add(name);
        }

        string file = name + ".json";
        string hash = result.Document.ContentHash;
        _entries.Add((file, hash));
        string path = Path.Combine(_folder, file);
        if (result.Extraction is null && _previous.GetValueOrDefault(file) == hash && File.Exists(path))
        {
            return;
        }

        Write(path, result.Extraction ?? _extract(result.Document));
    }

    /// <summary>
    /// Writes the index: this run's files, and the files of earlier runs this one did not touch (still what their
    /// line says), in file-name order. Called after a stopped run too, so the next one trusts what was done.
    /// False when any file could not be written.
    /// </summary>
    public bool Complete()
    {
        var entries = new SortedDictionary<string, string>(_previous, StringComparer.Ordinal);
        foreach (var (file, hash) in _entries)
        {
            entries[file] = hash;
        }

        var text = new System.Text.StringBuilder();
        foreach (var (file, hash) in entries)
        {
            text.Append(file).Append('\t').Append(hash).Append('\n');
        }

        string path = Path.Combine(_folder, IndexName);
        if (entries.Count > 0 && (_indexRemoved || !File.Exists(path) || File.ReadAllText(path) != text.ToString()))
        {
            Ok &= TryWrite(path, writer => writer.Write(text.ToString()));
        }

        return Ok;
    }

    private void Write(string path, ArticleExtraction extraction)
    {
        // Until this run's index is written, the old one no longer describes the folder: a run stopped midway
        // leaves no index, and the next run checks every file again rather than trusting a stale line.
        if (!_indexRemoved)
        {
            _indexRemoved = true;
            try
            {
                File.Delete(Path.Combine(_folder, IndexName));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The folder is missing (nothing to delete) or unwritable (the write below says so).
            }
        }

        Ok &= TryWrite(path, writer =>
        {
            writer.Write(ExtractionJson.Serialize(extraction));
            writer.Write('\n');
        });
    }

    private static bool TryWrite(string path, Action<TextWriter> write)
    {
        try
        {
            AtomicFile.Write(path, writer =>
            {
                write(writer);
                return 0;
            });
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Terminal.Error($"error: {path}: cannot write: {ex.Message}");
            return false;
        }
    }

    // "NAME.json<TAB>content hash" per line; an unreadable or malformed index is as good as none.
    private static Dictionary<string, string> ReadIndex(string path)
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            if (!File.Exists(path))
            {
                return index;
            }

            foreach (string line in File.ReadLines(path))
            {
                string[] parts = line.Split('\t');
                if (parts.Length == 2)
                {
                    index[parts[0]] = parts[1];
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            index.Clear();
        }

        return index;
    }
}
