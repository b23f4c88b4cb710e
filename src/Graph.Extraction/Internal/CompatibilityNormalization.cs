using Graph.Model.Unicode;

namespace Graph.Extraction.Internal;

/// <summary>
/// Unicode normalization form KC (compatibility decomposition, then canonical composition), from the tables in
/// data/unicode/nfkc.tsv, computed by the same normalizer the store uses for NFC.
/// </summary>
internal static class CompatibilityNormalization
{
    private static readonly Lazy<UnicodeNormalizer> Nfkc = new(() =>
    {
        using Stream stream = typeof(CompatibilityNormalization).Assembly.GetManifestResourceStream("unicode/nfkc.tsv")
            ?? throw new InvalidOperationException("the unicode/nfkc.tsv resource is missing from the assembly");
        return new UnicodeNormalizer(NormalizationTables.Load(stream));
    });

    /// <summary>The NFKC form of <paramref name="text"/>. Unpaired surrogates are kept as they are.</summary>
    public static string Normalize(string text) => Nfkc.Value.Normalize(text);
}
