namespace Graph.Bolt;

/// <summary>A relationship without end points, as carried inside a path structure.</summary>
/// <param name="Id">Legacy numeric id.</param>
/// <param name="ElementId">Opaque element id.</param>
/// <param name="Type">Relationship type.</param>
/// <param name="Properties">Properties.</param>
public sealed record UnboundRelationship(long Id, string ElementId, string Type, IReadOnlyDictionary<string, object?> Properties);
