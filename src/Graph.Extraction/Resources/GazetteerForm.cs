namespace Graph.Extraction.Resources;

/// <summary>How a gazetteer form refers to its entity.</summary>
public enum GazetteerForm
{
    /// <summary>A name or alias ("Saudi Arabia", "KSA").</summary>
    Name,

    /// <summary>An adjective or demonym ("Saudi", "Iranian", "Shia").</summary>
    Adjective,
}
