namespace Graph.Model.Extraction;

/// <summary>An entity found in one article.</summary>
/// <param name="Id">Stable id (<see cref="StableId.Entity"/>).</param>
/// <param name="Type">Entity type.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Aliases">Other ways the article refers to it, in order of first appearance.</param>
/// <param name="Mentions">Character spans of every mention in the article text.</param>
public sealed record ExtractedEntity(
    string Id, EntityType Type, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<TextSpan> Mentions);
