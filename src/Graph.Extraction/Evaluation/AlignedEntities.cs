using Graph.Model.Extraction;

namespace Graph.Extraction.Evaluation;

/// <summary>
/// Both sides' entities and their alignment, for counting matches and describing errors. An id declared twice
/// resolves to its last declaration; an unknown id stands for itself.
/// </summary>
internal sealed class AlignedEntities
{
    private readonly IReadOnlyList<GoldEntity> _goldEntities;
    private readonly IReadOnlyList<ExtractedEntity> _predictedEntities;
    private readonly EntityAlignment _alignment;
    private readonly Dictionary<string, GoldEntity> _gold = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ExtractedEntity> _predicted = new(StringComparer.Ordinal);
    private readonly HashSet<string> _alignedGold;

    public AlignedEntities(IReadOnlyList<GoldEntity> gold, IReadOnlyList<ExtractedEntity> predicted, EntityAlignment alignment)
    {
        _goldEntities = gold;
        _predictedEntities = predicted;
        _alignment = alignment;
        foreach (GoldEntity entity in gold)
        {
            _gold[entity.Id] = entity;
        }

        foreach (ExtractedEntity entity in predicted)
        {
            _predicted[entity.Id] = entity;
        }

        _alignedGold = [.. alignment.GoldByPredicted.Values];
    }

    /// <summary>Aligned pairs whose two entities have the same type.</summary>
    public int SameTypePairs() => _alignment.GoldByPredicted.Count(pair => _predicted[pair.Key].Type == _gold[pair.Value].Type);

    public string Gold(string id) => _gold.TryGetValue(id, out GoldEntity? entity) ? entity.Name : id;

    public string Predicted(string id) => _predicted.TryGetValue(id, out ExtractedEntity? entity) ? entity.Name : id;

    public bool IsGoldAligned(string id) => _alignedGold.Contains(id);

    public bool IsPredictedAligned(string id) => _alignment.GoldIdOf(id) is not null;

    public List<EntityError> MissedEntities() =>
        [.. _goldEntities.Where(e => !_alignedGold.Contains(e.Id)).Select(e => new EntityError(e.Name, e.Type))];

    public List<EntityError> SpuriousEntities() =>
        [.. _predictedEntities.Where(e => !IsPredictedAligned(e.Id)).Select(e => new EntityError(e.Name, e.Type))];

    public List<MistypedEntity> MistypedEntities()
    {
        var mistyped = new List<MistypedEntity>();
        foreach (ExtractedEntity entity in _predictedEntities)
        {
            if (_alignment.GoldIdOf(entity.Id) is { } goldId && _gold[goldId] is var match && match.Type != entity.Type)
            {
                mistyped.Add(new MistypedEntity(match.Name, match.Type, entity.Name, entity.Type));
            }
        }

        return mistyped;
    }
}
