namespace Graph.Bolt;

/// <summary>A node returned by the server.</summary>
/// <param name="Id">Legacy numeric id (not stable across restarts).</param>
/// <param name="ElementId">Opaque element id (Bolt 5+; the numeric id as text on 4.4).</param>
/// <param name="Labels">Labels.</param>
/// <param name="Properties">Properties.</param>
public sealed record Node(long Id, string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);
