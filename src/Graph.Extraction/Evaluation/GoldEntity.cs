using Graph.Model;

namespace Graph.Extraction.Evaluation;

/// <summary>An entity of an annotated article.</summary>
/// <param name="Id">Identifier, unique within the document; facts refer to the entity by it.</param>
/// <param name="Type">Entity type.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Aliases">Other forms under which the article refers to the entity.</param>
public sealed record GoldEntity(string Id, EntityType Type, string Name, IReadOnlyList<string> Aliases);
