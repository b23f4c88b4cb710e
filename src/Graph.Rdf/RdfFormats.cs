namespace Graph.Rdf;

/// <summary>Names, file extensions and media types of the <see cref="RdfFormat"/> syntaxes.</summary>
public static class RdfFormats
{
    private sealed record Descriptor(RdfFormat Format, string Name, string Extension, string MediaType, string[] Aliases);

    private static readonly Descriptor[] Table =
    [
        new(RdfFormat.Turtle, "turtle", ".ttl", "text/turtle", ["ttl"]),
        new(RdfFormat.NTriples, "ntriples", ".nt", "application/n-triples", ["nt", "n-triples"]),
        new(RdfFormat.NQuads, "nquads", ".nq", "application/n-quads", ["nq", "n-quads"]),
        new(RdfFormat.TriG, "trig", ".trig", "application/trig", []),
        new(RdfFormat.JsonLd, "jsonld", ".jsonld", "application/ld+json", ["json-ld"]),
        new(RdfFormat.RdfXml, "rdfxml", ".rdf", "application/rdf+xml", ["rdf/xml", "rdf-xml", "xml", "owl"]),
    ];

    /// <summary>Every format, in declaration order.</summary>
    public static IReadOnlyList<RdfFormat> All { get; } = [.. Table.Select(d => d.Format)];

    /// <summary>The short name used on the command line (<c>turtle</c>, <c>ntriples</c> …).</summary>
    public static string Name(RdfFormat format) => Get(format).Name;

    /// <summary>The usual file extension, with its dot (<c>.ttl</c> …).</summary>
    public static string Extension(RdfFormat format) => Get(format).Extension;

    /// <summary>The registered media type (<c>text/turtle</c> …).</summary>
    public static string MediaType(RdfFormat format) => Get(format).MediaType;

    /// <summary>True for syntaxes that carry named graphs (N-Quads, TriG, JSON-LD).</summary>
    public static bool SupportsNamedGraphs(RdfFormat format) =>
        format is RdfFormat.NQuads or RdfFormat.TriG or RdfFormat.JsonLd;

    /// <summary>Parses a name (<c>turtle|ntriples|nquads|trig|jsonld|rdfxml</c>, a few aliases), an extension or a media type.</summary>
    /// <exception cref="ArgumentException">The text names no known format.</exception>
    public static RdfFormat Parse(string text) =>
        TryParse(text, out RdfFormat format)
            ? format
            : throw new ArgumentException(
                $"Unknown RDF format '{text}'; expected one of {string.Join(", ", Table.Select(d => d.Name))}.", nameof(text));

    /// <summary>Parses a name, an extension (with or without dot) or a media type, case-insensitively.</summary>
    public static bool TryParse(string? text, out RdfFormat format)
    {
        format = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        string key = text.Trim();
        int parameters = key.IndexOf(';', StringComparison.Ordinal);
        if (parameters >= 0)
        {
            key = key[..parameters].Trim();
        }

        foreach (Descriptor d in Table)
        {
            if (Matches(key, d.Name) || Matches(key, d.Extension) || Matches(key, d.Extension[1..]) ||
                Matches(key, d.MediaType) || d.Aliases.Any(a => Matches(key, a)))
            {
                format = d.Format;
                return true;
            }
        }

        return false;
    }

    /// <summary>The format a file name's extension stands for (<c>out/graph.ttl</c> → Turtle).</summary>
    public static bool TryFromPath(string path, out RdfFormat format)
    {
        ArgumentNullException.ThrowIfNull(path);
        string extension = Path.GetExtension(path);
        format = default;
        return extension.Length > 1 && TryFromExtension(extension, out format);
    }

    /// <summary>The format of a file extension (<c>.ttl .nt .nq .trig .jsonld .rdf</c>, dot optional).</summary>
    public static bool TryFromExtension(string extension, out RdfFormat format)
    {
        ArgumentNullException.ThrowIfNull(extension);
        string key = extension.StartsWith('.') ? extension : "." + extension;
        foreach (Descriptor d in Table)
        {
            if (Matches(key, d.Extension))
            {
                format = d.Format;
                return true;
            }
        }

        format = default;
        return false;
    }

    /// <summary>The format of a media type (parameters such as <c>; charset=utf-8</c> are ignored).</summary>
    public static bool TryFromMediaType(string mediaType, out RdfFormat format)
    {
        ArgumentNullException.ThrowIfNull(mediaType);
        string key = mediaType.Split(';')[0].Trim();
        foreach (Descriptor d in Table)
        {
            if (Matches(key, d.MediaType))
            {
                format = d.Format;
                return true;
            }
        }

        format = default;
        return false;
    }

    private static Descriptor Get(RdfFormat format) =>
        (uint)format < (uint)Table.Length ? Table[(int)format] : throw new ArgumentOutOfRangeException(nameof(format));

    private static bool Matches(string key, string candidate) => string.Equals(key, candidate, StringComparison.OrdinalIgnoreCase);
}
