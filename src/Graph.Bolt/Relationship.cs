namespace Graph.Bolt;

/// <summary>A relationship with its end points.</summary>
/// <param name="Id">Legacy numeric id.</param>
/// <param name="ElementId">Opaque element id.</param>
/// <param name="StartNodeId">Legacy id of the start node.</param>
/// <param name="StartNodeElementId">Element id of the start node.</param>
/// <param name="EndNodeId">Legacy id of the end node.</param>
/// <param name="EndNodeElementId">Element id of the end node.</param>
/// <param name="Type">Relationship type.</param>
/// <param name="Properties">Properties.</param>
public sealed record Relationship(
    long Id,
    string ElementId,
    long StartNodeId,
    string StartNodeElementId,
    long EndNodeId,
    string EndNodeElementId,
    string Type,
    IReadOnlyDictionary<string, object?> Properties);
