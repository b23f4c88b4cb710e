namespace Graph.Extraction.Resources.Derivation;

/// <summary>What a derivation of the event patterns read, made, skipped and why.</summary>
public sealed class DerivationCounts
{
    private readonly SortedDictionary<string, int> _skippedPatterns = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _skippedVerbLines = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _droppedCodes = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _skippedCombinations = new(StringComparer.Ordinal);

    /// <summary>Synonym sets read.</summary>
    public int Synsets { get; internal set; }

    /// <summary>Verb blocks read.</summary>
    public int Blocks { get; internal set; }

    /// <summary>Verb lines read.</summary>
    public int VerbLines { get; internal set; }

    /// <summary>Pattern lines read.</summary>
    public int PatternLines { get; internal set; }

    /// <summary>Transformation lines passed over (verb-on-verb rules the columns cannot hold).</summary>
    public int Transformations { get; internal set; }

    /// <summary>Rows made before duplicate keys were resolved.</summary>
    public int CandidateRows { get; internal set; }

    /// <summary>Rows dropped because another row of the same key was kept.</summary>
    public int DuplicateRows { get; internal set; }

    /// <summary>Keys for which the dictionary gave more than one predicate.</summary>
    public int ConflictingKeys { get; internal set; }

    /// <summary>Derived rows kept.</summary>
    public int DerivedRows { get; internal set; }

    /// <summary>Derived rows the project excludes.</summary>
    public int ExcludedRows { get; internal set; }

    /// <summary>Rows of the project's own file.</summary>
    public int ProjectRows { get; internal set; }

    /// <summary>Derived rows a project row overlaps: replaced, or left with the support nouns the project row does not name.</summary>
    public int ProjectOverrides { get; internal set; }

    /// <summary>Pattern lines whose shape or code yields no row, by reason (codes that fit no predicate are in
    /// <see cref="DroppedCodes"/>).</summary>
    public IReadOnlyDictionary<string, int> SkippedPatterns => _skippedPatterns;

    /// <summary>Verb lines that yield no row of their own, by reason.</summary>
    public IReadOnlyDictionary<string, int> SkippedVerbLines => _skippedVerbLines;

    /// <summary>Verb and pattern lines whose code fits no predicate, by the code map's reason.</summary>
    public IReadOnlyDictionary<string, int> DroppedCodes => _droppedCodes;

    /// <summary>Pairs of a verb and a pattern of its block that yield no row, by reason.</summary>
    public IReadOnlyDictionary<string, int> SkippedCombinations => _skippedCombinations;

    internal void SkipPattern(string reason) => Add(_skippedPatterns, reason);

    internal void SkipVerbLine(string reason) => Add(_skippedVerbLines, reason);

    internal void DropCode(string reason) => Add(_droppedCodes, reason);

    internal void SkipCombination(string reason) => Add(_skippedCombinations, reason);

    private static void Add(SortedDictionary<string, int> counts, string reason) => counts[reason] = counts.GetValueOrDefault(reason) + 1;
}
