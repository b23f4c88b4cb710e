namespace Graph.Model;

/// <summary>An entity node: one per stable id, however many articles mention it.</summary>
/// <param name="Id">Stable id (<see cref="StableId.Entity"/>).</param>
/// <param name="Type">Entity type.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Aliases">Every other name it has been referred to by, sorted ordinally.</param>
public sealed record Entity(string Id, EntityType Type, string Name, IReadOnlyList<string> Aliases);
