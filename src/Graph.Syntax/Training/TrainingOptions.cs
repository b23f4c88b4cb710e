namespace Graph.Syntax.Training;

/// <summary>Settings of a training run; the defaults give the shipped model.</summary>
public sealed record TrainingOptions
{
    /// <summary>Passes over the training sentences for the tagger.</summary>
    public int TaggerIterations { get; init; } = 10;

    /// <summary>Passes over the training sentences for the parser.</summary>
    public int ParserIterations { get; init; } = 20;

    /// <summary>Number of folds for the jackknifed tags the parser trains on (0 or 1: train on gold tags).</summary>
    public int JackknifeFolds { get; init; } = 4;

    /// <summary>Whether the tagger makes a second pass that looks ahead at the first pass's tags (needs jackknife folds).</summary>
    public bool TwoPassTagger { get; init; } = true;

    /// <summary>Seed of the shuffling and exploration; the same seed and data give the same model bytes.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Averaged weights smaller than this are dropped from the model.</summary>
    public float MinWeight { get; init; } = 0.05f;

    /// <summary>Features updated fewer times than this in training are dropped from the model.</summary>
    public int MinUpdates { get; init; } = 2;

    /// <summary>A word enters the tag dictionary when seen at least this often…</summary>
    public int DictionaryMinCount { get; init; } = 20;

    /// <summary>…with one tag at least this share of the time.</summary>
    public double DictionaryMinShare { get; init; } = 0.995;

    /// <summary>Words seen at least this often get an ambiguity class (the tags they can take).</summary>
    public int AmbiguityMinCount { get; init; } = 3;

    /// <summary>The parser's first iterations follow the oracle only; later ones explore the model's own mistakes.</summary>
    public int ExplorationStart { get; init; } = 1;

    /// <summary>Probability that an exploring step follows the model's (possibly wrong) prediction.</summary>
    public double ExplorationRate { get; init; } = 0.9;
}
