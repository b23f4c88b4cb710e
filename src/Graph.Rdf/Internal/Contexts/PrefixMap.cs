namespace Graph.Rdf.Internal.Contexts;

/// <summary>
/// The namespaces declared for one document, looked up by IRI: first by splitting after the last <c>#</c> or
/// <c>/</c> (one hash lookup), then by the longest declared namespace the IRI starts with.
/// </summary>
internal sealed class PrefixMap
{
    private readonly Dictionary<string, RdfNamespace> _byIri = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RdfNamespace>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly RdfNamespace[] _longestFirst;

    public PrefixMap(IEnumerable<RdfNamespace> namespaces)
    {
        var list = new List<RdfNamespace>();
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (RdfNamespace ns in namespaces)
        {
            if (!prefixes.Add(ns.Prefix))
            {
                throw new ArgumentException($"Prefix '{ns.Prefix}' is declared twice.", nameof(namespaces));
            }

            list.Add(ns);
            _byIri.TryAdd(ns.Iri, ns);
        }

        Namespaces = list;
        _bySpan = _byIri.GetAlternateLookup<ReadOnlySpan<char>>();
        _longestFirst = [.. list.OrderByDescending(ns => ns.Iri.Length).ThenBy(ns => ns.Prefix, StringComparer.Ordinal)];
    }

    /// <summary>The declared namespaces, in declaration order.</summary>
    public IReadOnlyList<RdfNamespace> Namespaces { get; }

    public bool IsDeclaredPrefix(string prefix) => Namespaces.Any(ns => string.Equals(ns.Prefix, prefix, StringComparison.Ordinal));

    /// <summary>Finds the namespace declared with exactly this IRI.</summary>
    public bool TryGetExact(ReadOnlySpan<char> namespaceIri, out RdfNamespace ns) => _bySpan.TryGetValue(namespaceIri, out ns!);

    /// <summary>Finds a namespace the IRI starts with (preferring the split after the last <c>#</c> or <c>/</c>).</summary>
    public bool TryFind(string iri, out RdfNamespace ns)
    {
        int split = iri.AsSpan().LastIndexOfAny('#', '/');
        if (split >= 0 && _bySpan.TryGetValue(iri.AsSpan(0, split + 1), out ns!))
        {
            return true;
        }

        foreach (RdfNamespace candidate in _longestFirst)
        {
            if (iri.Length >= candidate.Iri.Length && iri.StartsWith(candidate.Iri, StringComparison.Ordinal))
            {
                ns = candidate;
                return true;
            }
        }

        ns = null!;
        return false;
    }
}
