using Graph.Model;

namespace Graph.Extraction.Evaluation;

/// <summary>A predicted entity aligned with a gold entity of another type.</summary>
/// <param name="GoldName">The gold entity's name.</param>
/// <param name="GoldType">The gold entity's type.</param>
/// <param name="PredictedName">The predicted entity's name.</param>
/// <param name="PredictedType">The predicted entity's type.</param>
public sealed record MistypedEntity(string GoldName, EntityType GoldType, string PredictedName, EntityType PredictedType);
