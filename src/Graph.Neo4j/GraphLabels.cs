using Graph.Model;

namespace Graph.Neo4j;

/// <summary>
/// The closed sets of node labels and relationship types the Neo4j projection uses. Labels and types
/// can never be parameters in Cypher, so every one that appears in a statement comes from here and
/// never from data.
/// </summary>
public static class GraphLabels
{
    /// <summary>Label of article nodes.</summary>
    public const string Article = "Article";

    /// <summary>Label every entity node carries, besides its type label.</summary>
    public const string Entity = "Entity";

    /// <summary>Label of reported action nodes (one per sentence stating an action).</summary>
    public const string Event = "Event";

    /// <summary>Entity → article: the article mentions the entity (<c>count</c> times).</summary>
    public const string MentionedIn = "MENTIONED_IN";

    /// <summary>Event → entity: who acted.</summary>
    public const string Actor = "ACTOR";

    /// <summary>Event → entity: who was acted upon.</summary>
    public const string Target = "TARGET";

    /// <summary>Event → place entity: where it happened.</summary>
    public const string InPlace = "IN_PLACE";

    /// <summary>Event → article: the article whose sentence reports it.</summary>
    public const string ReportedIn = "REPORTED_IN";

    /// <summary>Event → entity: whoever the sentence reports as saying it ("X said that ...", "according to X").</summary>
    public const string AccordingTo = "ACCORDING_TO";

    private static readonly string[] EntityTypeLabels =
        Enum.GetValues<EntityType>().Select(LabelOf).ToArray();

    /// <summary>
    /// The type label of an entity. The entity type <see cref="EntityType.Event"/> (a named event or
    /// agreement) is labelled <c>NamedEvent</c> so it never collides with reported action nodes (<c>:Event</c>).
    /// </summary>
    public static string Of(EntityType type) => EntityTypeLabels[(int)type];

    /// <summary>Every node label, sorted ordinally.</summary>
    public static IReadOnlyList<string> NodeLabels { get; } =
        new[] { Article, Entity, Event }.Concat(EntityTypeLabels).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Every relationship type, sorted ordinally: the predicate names plus the event roles and mentions.</summary>
    public static IReadOnlyList<string> RelationshipTypes { get; } =
        PredicateInfo.All.Select(p => p.Name)
            .Concat([MentionedIn, Actor, Target, InPlace, ReportedIn, AccordingTo])
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>True when <paramref name="name"/> may be written into Cypher unquoted as a label or type.</summary>
    internal static bool IsPlainName(string name) =>
        name.Length > 0 && char.IsAsciiLetterUpper(name[0]) && name.All(c => char.IsAsciiLetter(c) || c == '_');

    private static string LabelOf(EntityType type) => type switch
    {
        EntityType.Event => "NamedEvent",
        _ => type.ToString(),
    };
}
