using Graph.Model;

namespace Graph.View.Data;

/// <summary>A relation as the explorer shows it: the stored relation with its evidence dates, sorted.</summary>
public sealed class ViewRelation
{
    private readonly List<DateOnly> _dates;

    /// <summary>Wraps <paramref name="relation"/>, whose ends are of types <paramref name="subjectType"/> and <paramref name="objectType"/>.</summary>
    public ViewRelation(Relation relation, EntityType subjectType, EntityType objectType)
    {
        ArgumentNullException.ThrowIfNull(relation);
        Relation = relation;
        SubjectType = subjectType;
        ObjectType = objectType;
        _dates = [.. relation.Evidence.Where(e => e.Date is not null).Select(e => e.Date!.Value).Order()];
    }

    /// <summary>The stored relation.</summary>
    public Relation Relation { get; }

    /// <summary>The relation's stable id.</summary>
    public string Id => Relation.Id;

    /// <summary>Subject entity id.</summary>
    public string SubjectId => Relation.SubjectId;

    /// <summary>Object entity id.</summary>
    public string ObjectId => Relation.ObjectId;

    /// <summary>The subject's entity type (kept here so filters by type need no lookup).</summary>
    public EntityType SubjectType { get; }

    /// <summary>The object's entity type.</summary>
    public EntityType ObjectType { get; }

    /// <summary>Where it stands in the graph's <see cref="ViewGraph.Relations"/> (by id): sorts compare numbers, not ids.</summary>
    internal int Place { get; init; }

    /// <summary>Where the subject stands in the graph's <see cref="ViewGraph.EntitiesByMentions"/>: lets requests mark entities in an array.</summary>
    internal int SubjectPlace { get; init; }

    /// <summary>Where the object stands in the graph's <see cref="ViewGraph.EntitiesByMentions"/>.</summary>
    internal int ObjectPlace { get; init; }

    /// <summary>Number of sentences that state it.</summary>
    public int EvidenceCount => Relation.Evidence.Count;

    /// <summary>Every evidence date, ascending (one per dated sentence).</summary>
    public IReadOnlyList<DateOnly> Dates => _dates;

    /// <summary>The earliest evidence date, when any.</summary>
    public DateOnly? FirstDate => Dates.Count > 0 ? Dates[0] : null;

    /// <summary>The latest evidence date, when any.</summary>
    public DateOnly? LastDate => Dates.Count > 0 ? Dates[^1] : null;

    /// <summary>The entity at the other end from <paramref name="entityId"/>.</summary>
    public string Other(string entityId) => SubjectId == entityId ? ObjectId : SubjectId;

    /// <summary>True when some evidence date falls in [<paramref name="since"/>, <paramref name="until"/>] (either end open when null).</summary>
    public bool HasDateIn(DateOnly? since, DateOnly? until)
    {
        int index = since is null ? 0 : LowerBound(_dates, since.Value);
        return index < _dates.Count && (until is null || _dates[index] <= until.Value);
    }

    private static int LowerBound(List<DateOnly> dates, DateOnly value)
    {
        int index = dates.BinarySearch(value);
        if (index < 0)
        {
            return ~index;
        }

        // Equal dates repeat: the first of them.
        while (index > 0 && dates[index - 1] == value)
        {
            index--;
        }

        return index;
    }
}
