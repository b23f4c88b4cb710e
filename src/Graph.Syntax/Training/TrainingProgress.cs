namespace Graph.Syntax.Training;

/// <summary>Where a training run is: a stage ("tagger fold 2/4", "parser") and its completed passes out of the total.</summary>
/// <param name="Stage">What is being trained.</param>
/// <param name="Done">Passes finished in this stage.</param>
/// <param name="Total">Passes in this stage.</param>
public sealed record TrainingProgress(string Stage, int Done, int Total);
