namespace Graph.Extraction.Evaluation;

/// <summary>A one-to-one alignment of predicted entities with gold entities.</summary>
public sealed class EntityAlignment
{
    private readonly Dictionary<string, string> _goldByPredicted;
    private readonly Dictionary<string, AlignmentLevel> _levels;

    internal EntityAlignment(Dictionary<string, string> goldByPredicted, Dictionary<string, AlignmentLevel> levels)
    {
        _goldByPredicted = goldByPredicted;
        _levels = levels;
    }

    /// <summary>Gold entity id for each aligned predicted entity id.</summary>
    public IReadOnlyDictionary<string, string> GoldByPredicted => _goldByPredicted;

    /// <summary>Number of aligned pairs.</summary>
    public int Count => _goldByPredicted.Count;

    /// <summary>The gold id aligned with <paramref name="predictedId"/>, or null.</summary>
    public string? GoldIdOf(string predictedId) => _goldByPredicted.GetValueOrDefault(predictedId);

    /// <summary>The evidence that aligned <paramref name="predictedId"/>, or null when it is not aligned.</summary>
    public AlignmentLevel? LevelOf(string predictedId) => _levels.TryGetValue(predictedId, out AlignmentLevel level) ? level : null;
}
