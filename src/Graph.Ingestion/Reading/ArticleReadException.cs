namespace Graph.Ingestion.Reading;

/// <summary>An article file that cannot be read: the message names the file and the reason.</summary>
public sealed class ArticleReadException : Exception
{
    /// <summary>Creates the exception for <paramref name="path"/>.</summary>
    public ArticleReadException(string path, string reason, Exception? innerException = null)
        : base($"{path}: {reason}", innerException)
    {
        FilePath = path;
        Reason = reason;
    }

    /// <summary>Creates the exception.</summary>
    public ArticleReadException()
        : this(string.Empty, "unreadable")
    {
    }

    /// <summary>Creates the exception.</summary>
    public ArticleReadException(string message)
        : this(string.Empty, message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ArticleReadException(string message, Exception innerException)
        : this(string.Empty, message, innerException)
    {
    }

    /// <summary>The file that failed.</summary>
    public string FilePath { get; }

    /// <summary>Why it failed, in a few words.</summary>
    public string Reason { get; }
}
