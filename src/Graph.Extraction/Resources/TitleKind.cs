namespace Graph.Extraction.Resources;

/// <summary>What a title says about the person it precedes.</summary>
public enum TitleKind
{
    /// <summary>A position held in a country or organization ("Prime Minister").</summary>
    Office,

    /// <summary>A royal or religious style that is part of the name ("King Salman").</summary>
    Style,

    /// <summary>A courtesy or descriptive title without a position ("Mr", "cleric").</summary>
    Honorific,

    /// <summary>A common noun that can refer back to a titled person ("the diplomat").</summary>
    Role,
}
