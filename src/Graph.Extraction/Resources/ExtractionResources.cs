using System.Reflection;
using Graph.Extraction.Tokens;

namespace Graph.Extraction.Resources;

/// <summary>The data extraction runs on: gazetteer, lexicon and the tokenizer they were split with.</summary>
public sealed class ExtractionResources
{
    private static readonly Lazy<ExtractionResources> LazyDefault = new(LoadEmbedded);

    private ExtractionResources(Gazetteer gazetteer, Lexicon lexicon, Tokenizer tokenizer)
    {
        Gazetteer = gazetteer;
        Lexicon = lexicon;
        Tokenizer = tokenizer;
    }

    /// <summary>The built-in data (embedded data/gazetteer and data/lexicon files).</summary>
    public static ExtractionResources Default => LazyDefault.Value;

    /// <summary>Known entities and titles.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>Verb lexicon and word lists.</summary>
    public Lexicon Lexicon { get; }

    /// <summary>The tokenizer, aware of the lexicon's abbreviations.</summary>
    public Tokenizer Tokenizer { get; }

    /// <summary>Builds resources from file contents keyed by logical name without extension, e.g.
    /// "gazetteer/countries", "lexicon/verbs".</summary>
    public static ExtractionResources Create(IReadOnlyDictionary<string, string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        Dictionary<string, string> Folder(string prefix) => files
            .Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(kv => kv.Key[prefix.Length..], kv => kv.Value, StringComparer.Ordinal);

        Lexicon lexicon = Lexicon.Load(Folder("lexicon/"));
        Gazetteer gazetteer = Gazetteer.Load(Folder("gazetteer/"), new Tokenizer(lexicon.Abbreviations));

        // Articles are read with hyphenated compounds of countries parted ("the Chile-Peru partnership"), so each is found.
        var tokenizer = new Tokenizer(lexicon.Abbreviations, gazetteer.IsCountryCompound);
        return new ExtractionResources(gazetteer, lexicon, tokenizer);
    }

    private static ExtractionResources LoadEmbedded()
    {
        Assembly assembly = typeof(ExtractionResources).Assembly;
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string name in assembly.GetManifestResourceNames().Where(IsExtractionData))
        {
            using Stream stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            files[name[..^".tsv".Length].Replace('\\', '/')] = reader.ReadToEnd();
        }

        return Create(files);
    }

    private static bool IsExtractionData(string name) =>
        name.EndsWith(".tsv", StringComparison.Ordinal)
        && (name.StartsWith("gazetteer/", StringComparison.Ordinal) || name.StartsWith("lexicon/", StringComparison.Ordinal));
}
