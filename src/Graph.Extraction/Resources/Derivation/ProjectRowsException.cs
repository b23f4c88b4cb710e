namespace Graph.Extraction.Resources.Derivation;

/// <summary>A hand-kept input of the event-pattern derivation is wrong; the message says where and why.</summary>
public sealed class ProjectRowsException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ProjectRowsException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ProjectRowsException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ProjectRowsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a problem in <paramref name="file"/>.</summary>
    public ProjectRowsException(ProjectFile file, string message)
        : base(message) => File = file;

    /// <summary>Which input is wrong.</summary>
    public ProjectFile File { get; }
}
