using Graph.Model;

namespace Graph.Store.Resolution;

/// <summary>An entity as stored (its raw id), with what resolution weighs: its names and how often it is mentioned.</summary>
/// <param name="Id">Raw stable id.</param>
/// <param name="Type">Entity type.</param>
/// <param name="Name">Stored name.</param>
/// <param name="Aliases">Every stored alias (the name included when stored so).</param>
/// <param name="Mentions">Mentions summed over articles.</param>
public sealed record ResolutionEntity(string Id, EntityType Type, string Name, IReadOnlyList<string> Aliases, int Mentions);
