namespace Graph.Extraction.Resources.Derivation;

/// <summary>The hand-kept inputs of the event-pattern derivation.</summary>
public enum ProjectFile
{
    /// <summary>The project's own rows (<c>events.project.tsv</c>).</summary>
    Project,

    /// <summary>The derived rows the project drops (<c>events.exclude.tsv</c>).</summary>
    Exclude,
}
