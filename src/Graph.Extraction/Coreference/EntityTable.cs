using Graph.Model;

namespace Graph.Extraction.Coreference;

/// <summary>The article's entities by id, in order of first appearance.</summary>
public sealed class EntityTable
{
    private readonly Dictionary<string, EntityRecord> _byId = new(StringComparer.Ordinal);
    private readonly List<EntityRecord> _ordered = [];

    /// <summary>Entities in order of first appearance.</summary>
    public IReadOnlyList<EntityRecord> All => _ordered;

    /// <summary>The entity with this id, or null.</summary>
    public EntityRecord? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The entity of this type and name, created when new.</summary>
    public EntityRecord GetOrAdd(EntityType type, string name)
    {
        string id = StableId.Entity(type, name);
        if (!_byId.TryGetValue(id, out EntityRecord? record))
        {
            record = new EntityRecord(type, name);
            _byId[id] = record;
            _ordered.Add(record);
        }

        return record;
    }
}
