using Graph.Model;

namespace Graph.Extraction.Evaluation;

/// <summary>An entity without a counterpart: a gold entity nothing aligned with, or a predicted entity aligned with nothing.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Type">Its type.</param>
public sealed record EntityError(string Name, EntityType Type);
