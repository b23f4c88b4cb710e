namespace Graph.Extraction.Evaluation;

/// <summary>One annotated article in the exchange format (docs/gold-format.md): what extraction should find.</summary>
/// <param name="Article">File name of the article, when given.</param>
/// <param name="Published">Publication date, when given.</param>
/// <param name="Entities">Entities, ids unique.</param>
/// <param name="Facts">Facts, referring to <paramref name="Entities"/> by id.</param>
public sealed record GoldDocument(string? Article, DateOnly? Published, IReadOnlyList<GoldEntity> Entities, IReadOnlyList<GoldFact> Facts)
{
    /// <summary>Reads the gold file at <paramref name="path"/>.</summary>
    /// <exception cref="GoldFormatException">The file cannot be read or is not a valid gold document.</exception>
    public static GoldDocument Read(string path) => GoldDocumentReader.Read(path);

    /// <summary>Parses gold JSON; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="GoldFormatException">The text is not a valid gold document.</exception>
    public static GoldDocument Parse(string json, string source) => GoldDocumentReader.Parse(json, source);
}
