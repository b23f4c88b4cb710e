namespace Graph.Syntax.Training;

/// <summary>Settings of a name recognizer's training run; the defaults give the shipped model.</summary>
public sealed record NameTrainingOptions
{
    /// <summary>Passes over the training sentences.</summary>
    public int Iterations { get; init; } = 12;

    /// <summary>Seed of the shuffling; the same seed and data give the same model bytes.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Averaged weights smaller than this are dropped from the model.</summary>
    public float MinWeight { get; init; } = 0.05f;

    /// <summary>Features updated fewer times than this in training are dropped from the model.</summary>
    public int MinUpdates { get; init; } = 2;
}
